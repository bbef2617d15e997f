package dev.aura.plugins.automation.cli;

import dev.aura.plugins.automation.engine.StepRecord;
import dev.aura.plugins.automation.runs.ActiveRun;
import dev.aura.plugins.automation.runs.RunEvents;
import java.io.PrintWriter;

/**
 * Step progress of one run on stderr as it happens. On a terminal the running step is one live line, replaced by a
 * permanent line when it finishes; elsewhere (a log, a pipe) every start and finish is a plain line.
 * Events of other runs are ignored: the run is known by its workflow until {@link #follow} gives its id.
 */
final class RunProgress implements RunEvents {
    private final PrintWriter err;
    private final boolean terminal;
    private final FlowsCliContext context;
    private final String flowId;
    private volatile String runId;
    private int liveWidth;

    RunProgress(PrintWriter err, boolean terminal, FlowsCliContext context, String flowId) {
        this.err = err;
        this.terminal = terminal;
        this.context = context;
        this.flowId = flowId;
    }

    void follow(String id) {
        this.runId = id;
    }

    boolean isOurs(ActiveRun run) {
        String id = runId;
        return id == null ? run.flowId().equals(flowId) : id.equals(run.runId());
    }

    @Override
    public void stepStarted(ActiveRun run, String stepId, int attempt) {
        if (!isOurs(run)) {
            return;
        }
        String line = attempt <= 1 ? context.text("cli.run.stepStarted", stepId)
                : context.text("cli.run.stepRetrying", stepId, attempt);
        synchronized (this) {
            if (terminal) {
                draw(line);
            } else {
                err.println(line);
                err.flush();
            }
        }
    }

    @Override
    public void stepFinished(ActiveRun run, StepRecord step) {
        if (!isOurs(run)) {
            return;
        }
        String took = CliFormat.duration(step.duration());
        String line;
        if (step.error() != null) {
            line = context.text(step.attempts() > 1 ? "cli.run.stepFailedRetried" : "cli.run.stepFailed",
                    step.stepId(), took, step.attempts(), step.error());
        } else if (step.attempts() > 1) {
            line = context.text("cli.run.stepDoneRetried", step.stepId(), took, step.attempts());
        } else {
            line = context.text("cli.run.stepDone", step.stepId(), took);
        }
        synchronized (this) {
            clear();
            err.println(line);
            err.flush();
        }
    }

    /** A plain line between the step lines (a question, a note), after the live line is cleared. */
    synchronized void note(String line) {
        clear();
        err.println(line);
        err.flush();
    }

    /** Ends the live line so what follows starts on a fresh one. */
    synchronized void finish() {
        clear();
    }

    private void draw(String line) {
        err.print("\r" + line + " ".repeat(Math.max(0, liveWidth - line.length())));
        err.flush();
        liveWidth = line.length();
    }

    private void clear() {
        if (liveWidth > 0) {
            err.print("\r" + " ".repeat(liveWidth) + "\r");
            err.flush();
            liveWidth = 0;
        }
    }
}
