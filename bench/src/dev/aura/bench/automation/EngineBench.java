package dev.aura.bench.automation;

import dev.aura.bench.Metric;
import dev.aura.core.store.H2Store;
import dev.aura.plugins.automation.engine.RunListener;
import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.engine.Scheduler;
import dev.aura.plugins.automation.engine.StepRecord;
import dev.aura.plugins.automation.engine.WorkflowRunner;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.steps.StepExecutors;
import dev.aura.plugins.automation.steps.StepTemplates;
import dev.aura.plugins.automation.store.AutomationSchema;
import dev.aura.plugins.automation.store.JdbiRunHistory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Engine overhead per step: a workflow of 10,000 no-op steps ({@code Delay(Duration.ZERO)}) run by WorkflowRunner with
 * the system scheduler, after one warm-up run; then the same with every step recorded into JdbiRunHistory by a
 * RunListener, the way the app records runs (begin, one small transaction per step, finish). Figures are in
 * microseconds per step (the target is at most 1 ms = 1,000 µs).
 */
public final class EngineBench {
    static final int STEPS = 10_000;
    private static final int RUNS = 5;

    private EngineBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        Workflow workflow = noOpWorkflow();
        StepTemplates templates = new StepTemplates();
        WorkflowRunner runner = new WorkflowRunner(new StepExecutors(templates, null), templates, Scheduler.SYSTEM);

        check(runner.run(workflow, Map.of(), RunListener.NONE));
        List<Double> bare = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            check(runner.run(workflow, Map.of(), RunListener.NONE));
            bare.add((System.nanoTime() - start) / 1e3 / STEPS);
        }
        System.err.println("bench: engine µs/step per run " + bare);
        new Metric("automation", "engine_noop_step_median", Metric.median(bare), "us").print();

        try (H2Store store = H2Store.open(dir.resolve("aura"))) {
            store.migrate(AutomationSchema.MIGRATIONS);
            JdbiRunHistory history = new JdbiRunHistory(store, dir.resolve("outputs"));
            recorded(runner, workflow, history);
            List<Double> withHistory = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                recorded(runner, workflow, history);
                withHistory.add((System.nanoTime() - start) / 1e3 / STEPS);
            }
            System.err.println("bench: recorded µs/step per run " + withHistory);
            new Metric("automation", "engine_noop_step_recorded_median", Metric.median(withHistory), "us").print();
        }
        System.exit(0);
    }

    /** One run written to the history as the app does: begin, each finished step, then finish. */
    private static void recorded(WorkflowRunner runner, Workflow workflow, JdbiRunHistory history) {
        String runId = history.begin("01900000-0000-7000-8000-0000000000b1", 1, workflow.name(), "manual", Map.of(),
                java.time.Instant.now(), null);
        AtomicInteger index = new AtomicInteger();
        RunListener listener = new RunListener() {
            @Override
            public void stepFinished(StepRecord record) {
                history.step(runId, index.getAndIncrement(), record);
            }

            @Override
            public void runFinished(RunRecord record) {
                history.finish(runId, record.status(), record.finished(), null);
            }
        };
        check(runner.run(workflow, Map.of(), listener));
    }

    static Workflow noOpWorkflow() {
        List<Step> steps = new ArrayList<>(STEPS);
        for (int i = 0; i < STEPS; i++) {
            steps.add(Step.of("s" + i, new StepType.Delay(Duration.ZERO)));
        }
        return new Workflow("no-op", "", Map.of(), steps, List.of(), Permissions.NONE);
    }

    private static void check(RunRecord record) {
        if (record.status() != RunStatus.SUCCEEDED || record.steps().size() != STEPS) {
            throw new IllegalStateException("The no-op run ended " + record.status() + " after "
                    + record.steps().size() + " steps");
        }
    }
}
