package dev.aura.app;

import dev.aura.app.cli.AuraCli;
import dev.aura.app.cli.GlobalOptions;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Entry point of the launcher and the packaged app. No command (only --data-dir / --ollama-url, or nothing): the
 * window. A command: the headless CLI, which
 * never starts the JavaFX toolkit. Not a JavaFX Application subclass, so it runs from the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (GlobalOptions.onlyGlobalOptions(List.of(args))) {
            WindowMain.launch(GlobalOptions.scan(List.of(args), System.getenv()), System.getenv());
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(AuraCli.run(args, System.getenv(), out, err));
    }
}
