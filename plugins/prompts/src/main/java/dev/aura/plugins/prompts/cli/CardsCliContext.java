package dev.aura.plugins.prompts.cli;

import dev.aura.plugins.api.cli.Interrupts;
import dev.aura.plugins.api.cli.ShutdownHookInterrupts;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.PromptsServices;
import java.io.Console;
import java.time.Clock;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What the {@code aura cards} commands share: the plugin's services and texts, Ctrl+C, and whether stderr is a
 * terminal (live progress is drawn only there; a CI log gets the summary alone).
 */
public record CardsCliContext(PromptsServices services, Messages messages, Interrupts interrupts,
        BooleanSupplier stderrIsTerminal, Clock clock) {
    public CardsCliContext {
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(interrupts, "interrupts");
        Objects.requireNonNull(stderrIsTerminal, "stderrIsTerminal");
        Objects.requireNonNull(clock, "clock");
    }

    /** The real process: shutdown-hook Ctrl+C, the system console's terminal check, the system clock. */
    public static CardsCliContext of(PromptsServices services, Messages messages) {
        return new CardsCliContext(services, messages, new ShutdownHookInterrupts(), CardsCliContext::interactive,
                Clock.systemUTC());
    }

    /** Java cannot ask about stderr alone; an interactive console (not piped, not a CI runner) is close enough. */
    private static boolean interactive() {
        Console console = System.console();
        return console != null && console.isTerminal() && System.getenv("CI") == null;
    }

    String text(String key, Object... args) {
        return messages.text(key, args);
    }
}
