package dev.aura.app.cli;

import dev.aura.app.plugins.LoadedPlugin;
import dev.aura.app.plugins.PluginHost;
import dev.aura.core.util.Json;
import dev.aura.plugins.api.cli.TextTable;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "plugins", description = "Plugins and their state.")
public final class PluginsCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", description = "Lists every plugin with its id, version and state (STARTED, FAILED, DISABLED).")
    static final class ListCommand implements Callable<Integer> {
        private final PluginHost host;

        @Spec CommandSpec spec;

        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        ListCommand(PluginHost host) {
            this.host = host;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<LoadedPlugin> plugins = host.plugins();
            if (json) {
                List<Map<String, Object>> rows = plugins.stream().map(ListCommand::row).toList();
                out.println(Json.PRETTY.writeValueAsString(rows));
            } else {
                TextTable table = new TextTable(List.of("ID", "NAME", "VERSION", "STATE", "SOURCE", "PROBLEM"));
                for (LoadedPlugin p : plugins) {
                    table.row(p.id(), p.descriptor().name(), p.descriptor().version(), p.state().name(),
                            p.source().map(s -> s.getFileName().toString()).orElse("bundled"), p.failureSummary());
                }
                table.print(out);
            }
            out.flush();
            return 0;
        }

        private static Map<String, Object> row(LoadedPlugin p) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", p.id());
            row.put("name", p.descriptor().name());
            row.put("version", p.descriptor().version());
            row.put("state", p.state().name());
            row.put("source", p.source().map(Object::toString).orElse("bundled"));
            p.failure().ifPresent(f -> row.put("error", p.failureSummary()));
            return row;
        }
    }
}
