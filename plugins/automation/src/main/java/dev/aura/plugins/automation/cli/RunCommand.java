package dev.aura.plugins.automation.cli;

import dev.aura.plugins.automation.store.FlowVersion;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aura flows run NAME [--var k=v]... [--allow] [--json]}: runs the latest version now, prints step progress on
 * stderr and the final output on stdout (the last step's text, else its output as JSON). Exit 0 when the run
 * succeeded, 1 when it failed (the failing step and its error on stderr) or was not allowed, 2 on bad usage, 130 on
 * Ctrl+C (the run is cancelled and stored as cancelled).
 */
@Command(name = "run", resourceBundle = FlowsSubcommand.BUNDLE, description = "${bundle:cli.run.description}")
final class RunCommand extends FlowsSubcommand {
    @Parameters(paramLabel = "NAME", descriptionKey = "cli.run.name")
    String name;

    @Option(names = "--var", paramLabel = "NAME=VALUE", descriptionKey = "cli.run.var")
    List<String> vars = new ArrayList<>();

    @Option(names = "--allow", descriptionKey = "cli.run.allow")
    boolean allow;

    @Option(names = "--json", descriptionKey = "cli.run.json")
    boolean json;

    RunCommand(FlowsCliContext context) {
        super(context);
    }

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        FlowVersion flow = requireFlow(name);
        Map<String, String> variables = RunVariables.parse(vars, flow.workflow(), context);
        new PermissionGate(context).ensure(flow.flowId(), allow, err);

        return new RunFollower(context, json).follow(flow, runs -> runs.startManual(flow.flowId(), variables), out,
                err);
    }
}
