package dev.aura.plugins.automation.cli;

import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.Messages;
import java.util.List;

/** {@code aura flows list|run|import|export|history|serve}: one command tree, headless, over the plugin's services. */
public final class FlowsCli {
    private FlowsCli() {}

    /** The picocli command objects the app adds under {@code aura}. */
    public static List<Object> commands(AutomationServices services, Messages messages) {
        return List.of(FlowsCommand.spec(FlowsCliContext.of(services, messages)));
    }
}
