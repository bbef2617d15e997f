package dev.aura.plugins.automation.engine;

import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.steps.PermissionDenied;
import dev.aura.plugins.automation.steps.RunContext;
import dev.aura.plugins.automation.steps.StepFailure;
import dev.aura.plugins.automation.steps.StepResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs one step with its retry policy (exponential backoff on the scheduler) and its timeout. */
final class StepAttempts {
    interface Body {
        StepResult run() throws InterruptedException;
    }

    private final Scheduler scheduler;
    private final RunListener listener;

    StepAttempts(Scheduler scheduler, RunListener listener) {
        this.scheduler = scheduler;
        this.listener = listener;
    }

    StepRecord run(String recordId, Step step, RunContext context, Body body) {
        Instant started = scheduler.now();
        String error = null;
        StepResult partial = new StepResult(Map.of(), Map.of());
        int attempt = 0;
        while (attempt < step.retry().attempts()) {
            attempt++;
            checkCancelled(context);
            if (attempt > 1) {
                sleep(step.retry().delayBefore(attempt), context);
            }
            listener.stepStarted(recordId, attempt);
            try {
                StepResult result = withTimeout(step.timeout(), body);
                return new StepRecord(recordId, result.inputs(), result.output(), since(started), attempt, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RunCancelled();
            } catch (PermissionDenied e) {
                return new StepRecord(recordId, Map.of(), Map.of(), since(started), attempt, e.getMessage());
            } catch (RunCancelled e) {
                throw e;
            } catch (RuntimeException e) {
                checkCancelled(context);
                error = e.getMessage() == null ? e.toString() : e.getMessage();
                partial = e instanceof StepFailure failure ? failure.partial() : new StepResult(Map.of(), Map.of());
            }
        }
        return new StepRecord(recordId, partial.inputs(), partial.output(), since(started), attempt, error);
    }

    private StepResult withTimeout(Duration timeout, Body body) throws InterruptedException {
        if (timeout == null) {
            return body.run();
        }
        FutureTask<StepResult> task = new FutureTask<>(body::run);
        Thread.ofVirtual().name("aura-step").start(task);
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new StepFailure("The step did not finish within " + timeout.toMillis()
                    + " ms, so it was stopped. Raise its timeout or check what it waits for.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StepFailure(String.valueOf(e.getCause().getMessage()), e.getCause());
        } finally {
            cancel(task);
        }
    }

    private static void cancel(Future<?> task) {
        task.cancel(true);
    }

    private void sleep(Duration duration, RunContext context) {
        try {
            scheduler.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunCancelled();
        }
        checkCancelled(context);
    }

    private Duration since(Instant started) {
        return Duration.between(started, scheduler.now());
    }

    static void checkCancelled(RunContext context) {
        if (context.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new RunCancelled();
        }
    }
}
