package dev.aura.app;

import dev.aura.app.cli.AuraCli;
import dev.aura.app.cli.GlobalOptions;
import dev.aura.app.logging.AuraLogConfigurator;
import dev.aura.core.paths.AppPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Entry point of the launcher and the packaged app. No command (nothing, or only --data-dir / --ollama-url): the
 * window. A command: the headless CLI, which never starts the JavaFX toolkit. Not a JavaFX Application subclass, so
 * it runs from the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        boolean window = GlobalOptions.onlyGlobalOptions(List.of(args));
        configureLogging(args, window);
        if (window) {
            WindowMain.launch(GlobalOptions.scan(List.of(args), System.getenv()), System.getenv());
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(AuraCli.run(args, System.getenv(), out, err));
    }

    /** Before the first logger exists: logs go to the profile's logs folder; CLI runs keep stderr for errors. */
    private static void configureLogging(String[] args, boolean window) {
        try {
            GlobalOptions options = GlobalOptions.scan(List.of(args), System.getenv());
            AppPaths paths = AppPaths.resolve(options.dataDir(), System.getenv(), System.getProperty("os.name"),
                    Path.of(System.getProperty("user.home")));
            Files.createDirectories(paths.logDir());
            System.setProperty(AuraLogConfigurator.LOG_DIR, paths.logDir().toString());
        } catch (IOException | RuntimeException e) {
            // logging falls back to the temp folder; the run itself reports an unusable profile folder
        }
        if (!window) {
            System.setProperty(AuraLogConfigurator.CLI, "true");
        }
    }
}
