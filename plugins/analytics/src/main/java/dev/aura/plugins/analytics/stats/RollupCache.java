package dev.aura.plugins.analytics.stats;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;

/**
 * The rollup rows of the last few spans read, with the watermark they were read at, so a filter change (or the same
 * range again) aggregates in memory. Thread-safe.
 */
final class RollupCache {
    private static final int CAPACITY = 4;

    /** Rows of the hours in {@code [fromHour, to)} as of {@code watermark}. */
    record Entry(long fromHour, long to, long watermark, List<RollupRow> rows) {}

    private final LinkedList<Entry> entries = new LinkedList<>();

    synchronized Optional<Entry> find(long fromHour, long to) {
        return entries.stream().filter(e -> e.fromHour() == fromHour && e.to() == to).findFirst();
    }

    synchronized void put(Entry entry) {
        entries.removeIf(e -> e.fromHour() == entry.fromHour() && e.to() == entry.to());
        entries.addFirst(new Entry(entry.fromHour(), entry.to(), entry.watermark(), List.copyOf(entry.rows())));
        while (entries.size() > CAPACITY) {
            entries.removeLast();
        }
    }

    synchronized void clear() {
        entries.clear();
    }

    /** The cached rows of hours before {@code hour}, which a newer watermark did not change. */
    static List<RollupRow> before(Entry entry, long hour) {
        List<RollupRow> kept = new ArrayList<>(entry.rows().size());
        for (Iterator<RollupRow> it = entry.rows().iterator(); it.hasNext(); ) {
            RollupRow row = it.next();
            if (row.hourStart() < hour) {
                kept.add(row);
            }
        }
        return kept;
    }
}
