package dev.aura.plugins.automation.cli;

import dev.aura.plugins.api.cli.Interrupts;
import dev.aura.plugins.api.cli.ShutdownHookInterrupts;
import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.Messages;
import java.io.Console;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * What the {@code aura flows} commands share: the plugin's services and texts, Ctrl+C, whether the user sits at a
 * terminal (live progress and the permissions question only there), how to ask them a question, and the time zone
 * times are shown in.
 *
 * @param ask shows a question and returns the typed line, or null when nobody can answer
 */
public record FlowsCliContext(AutomationServices services, Messages messages, Interrupts interrupts,
                              BooleanSupplier interactive, UnaryOperator<String> ask, ZoneId zone) {
    public FlowsCliContext {
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(interrupts, "interrupts");
        Objects.requireNonNull(interactive, "interactive");
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(zone, "zone");
    }

    /** The real process: shutdown-hook Ctrl+C (and SIGTERM), the system console, the system time zone. */
    public static FlowsCliContext of(AutomationServices services, Messages messages) {
        return new FlowsCliContext(services, messages, new ShutdownHookInterrupts(), FlowsCliContext::terminal,
                FlowsCliContext::readLine, ZoneId.systemDefault());
    }

    /** An interactive console (not piped, not a CI runner): Java cannot ask about stdin and stderr separately. */
    private static boolean terminal() {
        Console console = System.console();
        return console != null && console.isTerminal() && System.getenv("CI") == null;
    }

    private static String readLine(String question) {
        Console console = System.console();
        return console == null ? null : console.readLine("%s", question);
    }

    String text(String key, Object... args) {
        return messages.text(key, args);
    }
}
