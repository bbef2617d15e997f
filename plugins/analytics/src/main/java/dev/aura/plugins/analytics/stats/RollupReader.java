package dev.aura.plugins.analytics.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads the rollup rows of a span plus the tail (calls after the watermark) folded the same way, so every call counts
 * exactly once. Stored rows come from the cache when the watermark has not moved; when it has, only the hours the
 * newly rolled-up calls touched are read again.
 */
final class RollupReader {
    private static final int ATTEMPTS = 5;

    /** The rows of a span and how many calls are not rolled up yet. */
    record Snapshot(List<RollupRow> rows, long pendingCalls) {}

    private final Supplier<Jdbi> jdbi;
    private final RollupCache cache = new RollupCache();

    RollupReader(Supplier<Jdbi> jdbi) {
        this.jdbi = jdbi;
    }

    /** Rows of the UTC hours from the one {@code from} falls in up to {@code to}. */
    Snapshot read(Instant from, Instant to) {
        long fromHour = RollupKey.hourOf(from.getEpochSecond());
        long end = to.getEpochSecond();
        return jdbi.get().withHandle(h -> {
            for (int attempt = 1; ; attempt++) {
                long watermark = RollupTables.watermark(h);
                List<RollupRow> stored = stored(h, fromHour, end, watermark);
                RollupFold tail = new RollupFold();
                RollupTables.callsAfter(h, watermark, Instant.ofEpochSecond(fromHour), to).forEach(tail::add);
                long pending = RollupTables.countAfter(h, watermark);
                // A catch-up that committed meanwhile could have put a tail call into the stored rows too.
                boolean consistent = RollupTables.watermark(h) == watermark;
                if (consistent || attempt == ATTEMPTS) {
                    if (consistent) {
                        cache.put(new RollupCache.Entry(fromHour, end, watermark, stored));
                    }
                    List<RollupRow> rows = new ArrayList<>(stored.size() + 16);
                    rows.addAll(stored);
                    rows.addAll(tail.rows());
                    return new Snapshot(rows, pending);
                }
            }
        });
    }

    void forget() {
        cache.clear();
    }

    private List<RollupRow> stored(Handle h, long fromHour, long end, long watermark) {
        Optional<RollupCache.Entry> cached = cache.find(fromHour, end);
        if (cached.isEmpty() || cached.get().watermark() > watermark) {
            return RollupTables.rows(h, fromHour, end);
        }
        RollupCache.Entry entry = cached.get();
        if (entry.watermark() == watermark) {
            return entry.rows();
        }
        Optional<Long> changedFrom = RollupTables.firstHourBetween(h, entry.watermark(), watermark);
        if (changedFrom.isEmpty() || changedFrom.get() >= end) {
            return entry.rows();
        }
        long refreshFrom = Math.max(fromHour, changedFrom.get());
        List<RollupRow> rows = RollupCache.before(entry, refreshFrom);
        rows.addAll(RollupTables.rows(h, refreshFrom, end));
        return rows;
    }
}
