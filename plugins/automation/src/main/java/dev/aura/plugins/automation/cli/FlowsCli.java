package dev.aura.plugins.automation.cli;

import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.Messages;
import java.util.List;

/**
 * CONTRACT SKELETON (helper "cli" replaces it): {@code aura flows list|run|import|export|history|serve}.
 */
public final class FlowsCli {
    private FlowsCli() {}

    /** The picocli command objects the app adds under {@code aura}. */
    public static List<Object> commands(AutomationServices services, Messages messages) {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }
}
