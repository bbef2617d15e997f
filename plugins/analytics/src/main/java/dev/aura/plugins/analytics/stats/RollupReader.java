package dev.aura.plugins.analytics.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
    private static final long PARALLEL_HOURS = 14 * 24;

    /** The rows of a span and how many calls are not rolled up yet. */
    record Snapshot(List<RollupRow> rows, long pendingCalls) {}

    private final Supplier<Jdbi> jdbi;
    private final RollupCache cache = new RollupCache();

    RollupReader(Supplier<Jdbi> jdbi) {
        this.jdbi = jdbi;
    }

    /** Rows of the UTC hours from the one {@code from} falls in up to {@code to} (and maybe more: callers filter). */
    Snapshot read(Instant from, Instant to) {
        long fromHour = RollupKey.hourOf(from.getEpochSecond());
        long end = to.getEpochSecond();
        return jdbi.get().withHandle(h -> {
            for (int attempt = 1; ; attempt++) {
                long watermark = RollupTables.watermark(h);
                Optional<RollupCache.Entry> cached = cache.covering(fromHour, end);
                RollupCache.Entry stored = stored(h, cached, fromHour, end, watermark);
                RollupFold tail = new RollupFold();
                RollupTables.callsAfter(h, watermark, Instant.ofEpochSecond(fromHour), to).forEach(tail::add);
                long pending = RollupTables.countAfter(h, watermark);
                // A catch-up that committed meanwhile could have put a tail call into the stored rows too.
                boolean consistent = RollupTables.watermark(h) == watermark;
                if (consistent || attempt == ATTEMPTS) {
                    if (consistent && (cached.isEmpty() || cached.get() != stored)) {
                        cache.put(stored);
                    }
                    List<RollupRow> tailRows = tail.rows();
                    List<RollupRow> rows = new ArrayList<>(stored.rows().size() + tailRows.size());
                    rows.addAll(stored.rows());
                    rows.addAll(tailRows);
                    return new Snapshot(rows, pending);
                }
            }
        });
    }

    /** The cached entry when it is current, else a fresh one: read again only from the first hour that changed. */
    private RollupCache.Entry stored(Handle h, Optional<RollupCache.Entry> cached, long fromHour, long end,
            long watermark) {
        if (cached.isEmpty() || cached.get().watermark() > watermark) {
            return new RollupCache.Entry(fromHour, end, watermark, rows(h, fromHour, end));
        }
        RollupCache.Entry entry = cached.get();
        if (entry.watermark() == watermark) {
            return entry;
        }
        Optional<Long> changedFrom = RollupTables.firstHourBetween(h, entry.watermark(), watermark);
        if (changedFrom.isEmpty() || changedFrom.get() >= entry.to()) {
            return new RollupCache.Entry(entry.fromHour(), entry.to(), watermark, entry.rows());
        }
        long refreshFrom = Math.max(entry.fromHour(), changedFrom.get());
        List<RollupRow> rows = RollupCache.before(entry, refreshFrom);
        rows.addAll(rows(h, refreshFrom, entry.to()));
        return new RollupCache.Entry(entry.fromHour(), entry.to(), watermark, rows);
    }

    /**
     * A long span is read as two halves at once, the later one on another connection: H2 reads in parallel, and the
     * machine has at least two cores. {@link #read} checks the watermark after both, so a catch-up committed in
     * between is seen and the read repeated.
     */
    private List<RollupRow> rows(Handle h, long fromHour, long end) {
        long hours = (end - fromHour) / 3600;
        if (hours < PARALLEL_HOURS) {
            return RollupTables.rows(h, fromHour, end);
        }
        long middle = fromHour + hours / 2 * 3600;
        CompletableFuture<List<RollupRow>> later = CompletableFuture.supplyAsync(
                () -> jdbi.get().withHandle(other -> RollupTables.rows(other, middle, end)),
                task -> Thread.ofVirtual().name("analytics-read").start(task));
        List<RollupRow> rows = new ArrayList<>(RollupTables.rows(h, fromHour, middle));
        rows.addAll(later.join());
        return rows;
    }
}
