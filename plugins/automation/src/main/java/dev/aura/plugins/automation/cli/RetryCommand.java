package dev.aura.plugins.automation.cli;

import dev.aura.plugins.api.cli.CliFailure;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.automation.store.StoredRun;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aura flows retry RUN_ID [--allow] [--json]}: reruns a failed or cancelled run from its failed step, on the
 * same version with the same variables; the steps before it are not run again. Exit codes as {@code flows run}.
 */
@Command(name = "retry", resourceBundle = FlowsSubcommand.BUNDLE, description = "${bundle:cli.retry.description}")
final class RetryCommand extends FlowsSubcommand {
    @Parameters(paramLabel = "RUN_ID", descriptionKey = "cli.retry.run")
    String runId;

    @Option(names = "--allow", descriptionKey = "cli.run.allow")
    boolean allow;

    @Option(names = "--json", descriptionKey = "cli.run.json")
    boolean json;

    RetryCommand(FlowsCliContext context) {
        super(context);
    }

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        StoredRun earlier = context.services().history().load(runId.strip())
                .orElseThrow(() -> CliFailure.failed(text("cli.retry.noRun", runId)));
        String flowId = earlier.summary().flowId();
        FlowVersion flow = context.services().flows().version(flowId, earlier.summary().version())
                .orElseThrow(() -> CliFailure.failed(text("cli.retry.noVersion", earlier.summary().workflow(),
                        earlier.summary().version())));
        new PermissionGate(context).ensure(flowId, allow, err);
        return new RunFollower(context, json).follow(flow, runs -> runs.retry(earlier.summary().id()), out, err);
    }
}
