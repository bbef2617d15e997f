package dev.aura.plugins.prompts.run;

import dev.aura.core.evals.EvalLog;
import dev.aura.core.evals.EvalRecord;
import dev.aura.core.llm.LlmGateway;
import dev.aura.core.llm.StreamHandle;
import dev.aura.core.tasks.JobContext;
import dev.aura.core.usage.Pricing;
import dev.aura.plugins.prompts.eval.Grader;
import dev.aura.plugins.prompts.eval.PromptTemplates;
import dev.aura.plugins.prompts.promptfoo.PromptfooConfig;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every test x prompt x provider of a promptfoo config on Ollama through the gateway, at most
 * {@link RunOptions#concurrency()} calls at once, grades each answer and records it in the eval log. Cells come back in
 * (test, prompt, provider) order whatever order they finish in. Cancelling the job stops starting cells and cancels
 * the calls in flight; the result then holds what finished and the rest marked cancelled.
 */
public final class SuiteRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SuiteRunner.class);
    private static final long PERMIT_POLL_MS = 50;

    private final LlmGateway gateway;
    private final PromptTemplates templates;
    private final Grader grader;
    private final Pricing pricing;
    private final EvalLog evalLog;

    public SuiteRunner(LlmGateway gateway, PromptTemplates templates, Grader grader, Pricing pricing,
            EvalLog evalLog) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.grader = Objects.requireNonNull(grader, "grader");
        this.pricing = pricing == null ? Pricing.FREE : pricing;
        this.evalLog = Objects.requireNonNull(evalLog, "evalLog");
    }

    public SuiteResult run(PromptfooConfig config, RunOptions options, JobContext job, RunListener listener) {
        long start = System.nanoTime();
        gateway.allowConcurrentCalls(options.concurrency());
        RunListener progress = listener == null ? RunListener.NONE : listener;
        List<Cell> cells = CellPlanner.plan(config, options.modelsOverride());
        List<TestCase> tests = config.tests().stream().map(t -> TestCase.merge(config.defaultTest(), t)).toList();
        String suite = config.description() == null || config.description().isBlank()
                ? options.suiteName() : config.description();

        Set<StreamHandle> running = ConcurrentHashMap.newKeySet();
        CellExecutor executor = new CellExecutor(gateway, templates, grader, pricing, new CellExecutor.InFlight() {
            @Override
            public boolean register(StreamHandle handle) {
                running.add(handle);
                return !job.isCancelled(); // checked after adding, so a concurrent cancel sees it either way
            }

            @Override
            public void unregister(StreamHandle handle) {
                running.remove(handle);
            }
        });
        job.onCancel(() -> running.forEach(StreamHandle::cancel));

        CellResult[] results = new CellResult[cells.size()];
        Queue<EvalRecord> graded = new ConcurrentLinkedQueue<>();
        AtomicInteger done = new AtomicInteger();
        Semaphore permits = new Semaphore(options.concurrency());
        List<Thread> threads = new ArrayList<>();
        try {
            for (int i = 0; i < cells.size() && acquire(permits, job); i++) {
                int index = i;
                Cell cell = cells.get(i);
                threads.add(Thread.ofVirtual().name("prompts-cell-" + i).start(() -> {
                    try {
                        CellResult result = runCell(executor, cell, config, options.systemPrompt(),
                                tests.get(cell.testIndex()), suite, graded);
                        results[index] = result;
                        int finished = done.incrementAndGet();
                        job.progress((double) finished / cells.size(), finished + " of " + cells.size() + " cells");
                        progress.cellDone(result, finished, cells.size());
                    } finally {
                        permits.release();
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            // the caller's thread was interrupted: stop everything and report what finished
            Thread.currentThread().interrupt();
            running.forEach(StreamHandle::cancel);
            threads.forEach(Thread::interrupt);
        }
        record(graded, suite);
        List<CellResult> ordered = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            CellResult result = results[i];
            ordered.add(result != null ? result : CellResult.cancelled(cells.get(i), null));
        }
        long durationMs = (System.nanoTime() - start) / 1_000_000;
        return new SuiteResult(ordered, SuiteResult.Stats.of(ordered, durationMs));
    }

    private CellResult runCell(CellExecutor executor, Cell cell, PromptfooConfig config, String system, TestCase test,
            String suite, Queue<EvalRecord> graded) {
        CellResult result;
        try {
            result = executor.run(cell, config.prompts().get(cell.promptIndex()).template(), system, test);
        } catch (RuntimeException e) {
            // an assertion or template bug must not take the whole run down
            LOG.warn("Prompt cell {} failed unexpectedly", cell, e);
            result = CellResult.error(cell, null, "", "The cell failed unexpectedly: " + e
                    + ". Check the test's assertions; the rest of the run went on.", 0);
        }
        if (result.grade() != null) {
            graded.add(new EvalRecord(null, Instant.now(), CellExecutor.SOURCE, suite, caseKey(config, cell, test),
                    "ollama", result.model(), result.grade().pass(), result.grade().score(), result.latencyMs()));
        }
        return result;
    }

    /** One transaction for the whole suite: a write per cell was a fifth of a cell's cost. */
    private void record(Collection<EvalRecord> graded, String suite) {
        try {
            evalLog.recordAll(List.copyOf(graded));
        } catch (RuntimeException e) {
            LOG.warn("Could not record the {} evals of suite {} in the eval log", graded.size(), suite, e);
        }
    }

    private static String caseKey(PromptfooConfig config, Cell cell, TestCase test) {
        String testName = test.description() == null || test.description().isBlank()
                ? "test " + (cell.testIndex() + 1) : test.description();
        return testName + " / " + config.prompts().get(cell.promptIndex()).label();
    }

    /** Waits for a free call slot; false once the job is cancelled, so no new cell starts. */
    private static boolean acquire(Semaphore permits, JobContext job) throws InterruptedException {
        while (!job.isCancelled()) {
            if (permits.tryAcquire(PERMIT_POLL_MS, TimeUnit.MILLISECONDS)) {
                if (!job.isCancelled()) {
                    return true;
                }
                permits.release();
            }
        }
        return false;
    }
}
