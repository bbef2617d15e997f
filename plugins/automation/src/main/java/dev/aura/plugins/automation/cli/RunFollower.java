package dev.aura.plugins.automation.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aura.core.util.Subscription;
import dev.aura.plugins.api.cli.Interrupts;
import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.engine.StepRecord;
import dev.aura.plugins.automation.runs.ActiveRun;
import dev.aura.plugins.automation.runs.FlowRuns;
import dev.aura.plugins.automation.store.FlowVersion;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Follows one run for {@code flows run} and {@code flows retry}: step progress on stderr, approvals answered on the
 * terminal, Ctrl+C cancels; then the final output (or the run as JSON) and the exit code.
 */
final class RunFollower {
    private final FlowsCliContext context;
    private final boolean json;

    RunFollower(FlowsCliContext context, boolean json) {
        this.context = context;
        this.json = json;
    }

    int follow(FlowVersion flow, Function<FlowRuns, ActiveRun> start, PrintWriter out, PrintWriter err) {
        FlowRuns runs = context.services().runs();
        boolean terminal = context.interactive().getAsBoolean();
        RunProgress progress = new RunProgress(err, terminal, context, flow.flowId());
        HeadlessApprovals approvals = new HeadlessApprovals(context, progress, terminal);
        try (Subscription ignored = runs.subscribe(progress);
             Subscription ignoredApprovals = runs.subscribe(approvals)) {
            ActiveRun run = start.apply(runs);
            progress.follow(run.runId());
            approvals.follow(run.runId());
            RunRecord record;
            AtomicBoolean interrupted = new AtomicBoolean();
            try (Interrupts.Handle handle = context.interrupts().watch(() -> {
                interrupted.set(true);
                run.cancel();
            })) {
                record = await(run);
                progress.finish();
                return report(run, flow, record, interrupted.get(), out, err);
            }
        }
    }

    private String text(String key, Object... args) {
        return context.text(key, args);
    }

    private static RunRecord await(ActiveRun run) {
        try {
            return run.result().get();
        } catch (InterruptedException e) {
            run.cancel();
            Thread.currentThread().interrupt();
            return run.result().join();
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    private int report(ActiveRun run, FlowVersion flow, RunRecord record, boolean interrupted,
                       PrintWriter out, PrintWriter err) {
        if (json) {
            out.println(toJson(run, flow, record).toPrettyString());
        }
        Duration took = Duration.between(record.started(), record.finished());
        if (record.status() == RunStatus.CANCELLED || interrupted) {
            err.println(text("cli.run.cancelled", flow.workflow().name(), run.runId()));
            return CliExit.CANCELLED;
        }
        if (record.status() != RunStatus.SUCCEEDED) {
            StepRecord failed = failedStep(record);
            if (failed == null) {
                err.println("aura: " + text("cli.run.failed", flow.workflow().name(), run.runId()));
            } else {
                err.println("aura: " + text("cli.run.failedAt", flow.workflow().name(), failed.stepId(),
                        failed.error(), run.runId()));
            }
            return CliExit.FAILED;
        }
        if (!json) {
            String output = FinalOutput.of(record);
            if (!output.isEmpty()) {
                out.println(output);
            }
        }
        err.println(text("cli.run.succeeded", flow.workflow().name(), CliFormat.duration(took),
                record.steps().size()));
        return CliExit.OK;
    }

    private static StepRecord failedStep(RunRecord record) {
        List<StepRecord> steps = record.steps();
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).error() != null) {
                return steps.get(i);
            }
        }
        return null;
    }

    private static ObjectNode toJson(ActiveRun run, FlowVersion flow, RunRecord record) {
        ObjectNode node = RunJson.JSON.createObjectNode();
        node.put("id", run.runId());
        node.put("workflow", flow.workflow().name());
        node.put("version", flow.version());
        node.put("trigger", run.trigger());
        node.put("status", record.status().name());
        node.put("started", RunJson.instant(record.started()));
        node.put("finished", RunJson.instant(record.finished()));
        node.put("durationMs", Duration.between(record.started(), record.finished()).toMillis());
        StepRecord failed = failedStep(record);
        node.put("error", record.status() == RunStatus.SUCCEEDED || failed == null ? null : failed.error());
        RunJson.variables(node, record.variables());
        RunJson.steps(node, record.steps());
        node.set("output", record.steps().isEmpty() ? RunJson.JSON.nullNode()
                : RunJson.value(record.steps().getLast().output()));
        return node;
    }
}
