package dev.aura.core.testing;

import dev.aura.core.usage.UsageLog;
import dev.aura.core.usage.UsageRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link UsageLog} in memory, for tests that do not need the database. */
public final class InMemoryUsageLog implements UsageLog {
    private final List<UsageRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public void record(UsageRecord record) {
        records.add(record);
    }

    @Override
    public List<UsageRecord> recent(int limit) {
        List<UsageRecord> newestFirst = new ArrayList<>(records).reversed();
        return List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
    }

    @Override
    public long count() {
        return records.size();
    }

    /** Waits until {@code n} records are there (the gateway records right after it ends a call). */
    public List<UsageRecord> awaitRecords(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (records.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return List.copyOf(records);
    }
}
