package dev.aura.plugins.prompts.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.api.testing.QueuedUiThread;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CellBatcherTest {
    @Test
    void tenThousandCellsFromManyThreadsQueueAtMostOneUiTaskAtATime() throws InterruptedException {
        QueuedUiThread ui = new QueuedUiThread();
        AtomicInteger queued = new AtomicInteger();
        List<Integer> delivered = new ArrayList<>();
        List<Integer> batchSizes = new ArrayList<>();
        CellBatcher<Integer> batcher = new CellBatcher<>(task -> {
            queued.incrementAndGet();
            ui.execute(task);
        }, batch -> {
            delivered.addAll(batch);
            batchSizes.add(batch.size());
        });

        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int base = t * 1250;
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 1250; i++) {
                    batcher.add(base + i);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(queued.get()).as("nothing drained the UI queue yet, so one task is enough").isEqualTo(1);
        ui.drain();
        assertThat(delivered).hasSize(10_000).doesNotHaveDuplicates();
        assertThat(batchSizes).containsExactly(10_000);
    }

    @Test
    void aCellAddedAfterAFlushSchedulesTheNextOne() {
        QueuedUiThread ui = new QueuedUiThread();
        List<String> delivered = new ArrayList<>();
        CellBatcher<String> batcher = new CellBatcher<>(ui, delivered::addAll);

        batcher.add("a");
        ui.drain();
        batcher.add("b");
        ui.drain();

        assertThat(delivered).containsExactly("a", "b");
    }
}
