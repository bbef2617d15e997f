package dev.aura.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.store.H2Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Appends racing each other, from one log or from two (the window and a CLI run), never fork the chain. */
class ConcurrentAuditAppendTest {
    private static final int PER_WRITER = 40;

    @TempDir
    Path dir;

    @Test
    void twoThreadsAppendingToOneLogKeepOneChain() throws Exception {
        try (H2Store db = H2Store.open(dir.resolve("aura"))) {
            JdbiAuditLog log = new JdbiAuditLog(db::jdbi, "window");

            race(log, log);

            assertChainOf(log, 2 * PER_WRITER);
        }
    }

    @Test
    void twoLogsOnTheSameDatabaseKeepOneChain() throws Exception {
        try (H2Store window = H2Store.open(dir.resolve("aura"));
                H2Store cli = H2Store.open(dir.resolve("aura"))) {
            JdbiAuditLog windowLog = new JdbiAuditLog(window::jdbi, "window");
            JdbiAuditLog cliLog = new JdbiAuditLog(cli::jdbi, "cli");

            race(windowLog, cliLog);

            assertChainOf(cliLog, 2 * PER_WRITER);
            assertThat(windowLog.page(Long.MAX_VALUE, 1000)).extracting(AuditEntry::via)
                    .containsOnly("window", "cli").contains("window", "cli");
        }
    }

    private static void race(AuditLog first, AuditLog second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> writers = new ArrayList<>();
            for (AuditLog log : List.of(first, second)) {
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < PER_WRITER; i++) {
                        log.append("settings.changed", "key." + i, Map.of("i", i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        }
    }

    private static void assertChainOf(AuditLog log, int entries) {
        assertThat(log.count()).isEqualTo(entries);
        assertThat(log.verify()).isEqualTo(AuditVerification.ok(entries));
        assertThat(log.page(Long.MAX_VALUE, entries)).extracting(AuditEntry::seq).doesNotHaveDuplicates()
                .hasSize(entries);
    }
}
