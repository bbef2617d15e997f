package dev.aura.app.cli;

import dev.aura.app.plugins.LoadedPlugin;
import dev.aura.app.plugins.PluginHost;
import dev.aura.app.plugins.PluginState;
import dev.aura.core.AuraCore;
import dev.aura.core.store.MigrationStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Checks what Aura needs, one line per check; exit 1 when any check fails. */
@Command(name = "doctor", description = "Checks Java, the data folder, the database and Ollama.")
public final class DoctorCommand implements Callable<Integer> {
    private final AuraCore core;
    private final PluginHost host;

    @Spec CommandSpec spec;

    private int failures;

    DoctorCommand(AuraCore core, PluginHost host) {
        this.core = core;
        this.host = host;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        checkJava(out);
        checkDataFolder(out);
        checkDatabase(out);
        checkOllama(out);
        checkPlugins(out);
        out.println(failures == 0 ? "All checks passed." : failures + " check(s) failed.");
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private void checkJava(PrintWriter out) {
        Runtime.Version v = Runtime.version();
        String text = "Java " + v + " (" + System.getProperty("java.vendor") + ")";
        report(out, v.feature() >= 25, text, text + ": Aura needs Java 25 or newer. Install a JDK 25 and set JAVA_HOME.");
    }

    private void checkDataFolder(PrintWriter out) {
        Path dir = core.paths().dataDir();
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".doctor", ".tmp");
            Files.delete(probe);
            report(out, true, "Data folder " + dir + " is writable", null);
        } catch (IOException | RuntimeException e) {
            report(out, false, null, "Data folder " + dir + " is not writable (" + e.getMessage()
                    + "). Fix its permissions or choose another with --data-dir.");
        }
    }

    private void checkDatabase(PrintWriter out) {
        Path file = core.paths().databaseBase().resolveSibling(core.paths().databaseBase().getFileName() + ".mv.db");
        try {
            List<MigrationStatus> status = core.store().migrationStatus();
            boolean current = status.stream().allMatch(MigrationStatus::isCurrent);
            String detail = status.stream()
                    .map(s -> s.sourceId() + " v" + s.currentVersion() + (s.isCurrent() ? "" : " (" + s.pending() + " pending)"))
                    .collect(Collectors.joining(", "));
            report(out, current, "Database " + file + " opens; migrations current: " + detail,
                    "Database " + file + " has pending migrations: " + detail + ". Start Aura once to apply them.");
        } catch (RuntimeException e) {
            report(out, false, null, "Database " + file + " does not open: " + e.getMessage());
        }
    }

    private void checkOllama(PrintWriter out) {
        String url = core.ollama().baseUri().toString();
        try {
            String version = core.models().version();
            int models = core.models().list().size();
            report(out, true, "Ollama " + version + " reachable at " + url + " with " + models + " model(s)"
                    + (models == 0 ? " (pull one: ollama pull llama3.2)" : ""), null);
        } catch (RuntimeException e) {
            report(out, false, null, e.getMessage());
        }
    }

    private void checkPlugins(PrintWriter out) {
        for (LoadedPlugin p : host.plugins()) {
            if (p.state() == PluginState.FAILED) {
                out.println("WARN  Plugin " + p.id() + " failed: " + p.failureSummary());
            }
        }
        long started = host.plugins().stream().filter(p -> p.state() == PluginState.STARTED).count();
        out.println("OK    " + started + " plugin(s) started");
    }

    private void report(PrintWriter out, boolean ok, String okText, String failText) {
        if (ok) {
            out.println("OK    " + okText);
        } else {
            failures++;
            out.println("FAIL  " + failText);
        }
    }
}
