package dev.aura.core.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {

    @Test
    void currentThreadRunnerFinishesTheJobBeforeSubmitReturns() {
        try (CurrentThreadTaskRunner runner = new CurrentThreadTaskRunner()) {
            List<Double> progress = new CopyOnWriteArrayList<>();
            runner.onJobChanged(job -> progress.add(job.progress()));
            Job<String> job = runner.submit("count", ctx -> {
                ctx.progress(0.5, "half");
                return "done";
            });
            assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
            assertThat(job.result()).isCompletedWithValue("done");
            assertThat(progress).contains(0.5, 1.0);
            assertThat(runner.activeJobs()).isEmpty();
        }
    }

    @Test
    void failureIsKeptOnTheJob() {
        try (CurrentThreadTaskRunner runner = new CurrentThreadTaskRunner()) {
            Job<Object> job = runner.submit("broken", ctx -> {
                throw new IllegalStateException("disk full");
            });
            assertThat(job.state()).isEqualTo(JobState.FAILED);
            assertThat(job.error()).hasValueSatisfying(e -> assertThat(e).hasMessage("disk full"));
            assertThat(job.result()).isCompletedExceptionally();
        }
    }

    @Test
    void cancellingARunningVirtualThreadJobInterruptsItAndRunsCancelHooks() throws Exception {
        try (VirtualThreadTaskRunner runner = new VirtualThreadTaskRunner()) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch hookRan = new CountDownLatch(1);
            Job<Object> job = runner.submit("sleepy", ctx -> {
                ctx.onCancel(hookRan::countDown);
                started.countDown();
                Thread.sleep(60_000);
                return null;
            });
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(runner.activeJobs()).containsExactly(job);

            job.cancel();

            assertThat(hookRan.await(5, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> job.result().get(5, TimeUnit.SECONDS))
                    .isInstanceOfAny(CancellationException.class, ExecutionException.class);
            assertThat(job.state()).isEqualTo(JobState.CANCELLED);
            assertThat(runner.activeJobs()).isEmpty();
        }
    }

    @Test
    void cancelHookRegisteredAfterCancelRunsImmediately() {
        try (CurrentThreadTaskRunner runner = new CurrentThreadTaskRunner()) {
            List<String> calls = new CopyOnWriteArrayList<>();
            Job<Object> job = runner.submit("self-cancelling", ctx -> {
                ((Job<?>) ctx).cancel();
                ctx.onCancel(() -> calls.add("hook"));
                ctx.throwIfCancelled();
                return null;
            });
            assertThat(calls).containsExactly("hook");
            assertThat(job.state()).isEqualTo(JobState.CANCELLED);
        }
    }
}
