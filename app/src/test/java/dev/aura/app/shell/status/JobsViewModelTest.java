package dev.aura.app.shell.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.tasks.VirtualThreadTaskRunner;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JobsViewModelTest {
    /** Stands in for the FX thread: queued until the test drains it, like Platform.runLater. */
    private final Queue<Runnable> fxQueue = new ArrayDeque<>();
    private final Executor fx = r -> {
        synchronized (fxQueue) {
            fxQueue.add(r);
        }
    };

    private int drain() {
        int n = 0;
        Runnable r;
        while (true) {
            synchronized (fxQueue) {
                r = fxQueue.poll();
            }
            if (r == null) {
                return n;
            }
            r.run();
            n++;
        }
    }

    @Test
    void manyProgressEventsBecomeOneUpdateWithTheLatestValue() throws Exception {
        try (var tasks = new VirtualThreadTaskRunner(); var jobs = new JobsViewModel(tasks, fx, Duration.ZERO)) {
            CountDownLatch reported = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            tasks.submit("Pull llama3.2", ctx -> {
                for (int i = 1; i <= 1000; i++) {
                    ctx.progress(i / 1000.0, "layer " + i);
                }
                reported.countDown();
                release.await();
                return null;
            });
            assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(drain()).isEqualTo(1);
            assertThat(jobs.jobs()).singleElement().satisfies(item -> {
                assertThat(item.name()).isEqualTo("Pull llama3.2");
                assertThat(item.progressProperty().get()).isEqualTo(1.0);
                assertThat(item.messageProperty().get()).isEqualTo("layer 1000");
            });

            release.countDown();
            // the runner drops a finished job from activeJobs() before it tells listeners, so wait for the view model
            waitUntil(() -> {
                drain();
                return jobs.jobs().isEmpty();
            });
        }
    }

    @Test
    void cancellingAnItemCancelsTheJob() throws Exception {
        try (var tasks = new VirtualThreadTaskRunner(); var jobs = new JobsViewModel(tasks, fx, Duration.ZERO)) {
            CountDownLatch cancelled = new CountDownLatch(1);
            var job = tasks.submit("Index documents", ctx -> {
                ctx.onCancel(cancelled::countDown);
                cancelled.await();
                return null;
            });
            waitUntil(() -> {
                drain();
                return !jobs.jobs().isEmpty();
            });
            jobs.jobs().getFirst().cancel();
            assertThat(cancelled.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(job.result()).failsWithin(Duration.ofSeconds(10));
            waitUntil(() -> {
                drain();
                return jobs.jobs().isEmpty();
            });
        }
    }

    @Test
    void aFailedJobIsReportedOnceAndACancelledOneIsNot() throws Exception {
        try (var tasks = new VirtualThreadTaskRunner(); var jobs = new JobsViewModel(tasks, fx, Duration.ZERO)) {
            java.util.List<String> failures = new java.util.ArrayList<>();
            jobs.setOnFailure((name, error) -> failures.add(name + ": " + error.getMessage()));
            var failing = tasks.submit("Pull llama3.2", ctx -> {
                throw new IllegalStateException("disk full");
            });
            var cancelled = tasks.submit("Index documents", ctx -> {
                ctx.throwIfCancelled();
                Thread.sleep(10_000);
                return null;
            });
            cancelled.cancel();
            assertThat(failing.result()).failsWithin(Duration.ofSeconds(10));
            assertThat(cancelled.result()).failsWithin(Duration.ofSeconds(10));
            // listeners hear of a finished job before its result completes, so both are queued by now
            drain();
            assertThat(failures).containsExactly("Pull llama3.2: disk full");
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(5);
        }
    }
}
