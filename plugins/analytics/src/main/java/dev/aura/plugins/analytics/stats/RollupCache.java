package dev.aura.plugins.analytics.stats;

import java.util.ArrayList;
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

    /** The most recently used entry whose span holds {@code [fromHour, to)}. */
    synchronized Optional<Entry> covering(long fromHour, long to) {
        Optional<Entry> found = entries.stream().filter(e -> e.fromHour() <= fromHour && e.to() >= to).findFirst();
        found.ifPresent(e -> {
            entries.remove(e);
            entries.addFirst(e);
        });
        return found;
    }

    synchronized void put(Entry entry) {
        // A wider span makes narrower ones redundant.
        entries.removeIf(e -> e.fromHour() >= entry.fromHour() && e.to() <= entry.to());
        entries.addFirst(new Entry(entry.fromHour(), entry.to(), entry.watermark(), List.copyOf(entry.rows())));
        while (entries.size() > CAPACITY) {
            entries.removeLast();
        }
    }

    /** The cached rows of hours before {@code hour}, which a newer watermark did not change. */
    static List<RollupRow> before(Entry entry, long hour) {
        List<RollupRow> kept = new ArrayList<>(entry.rows().size());
        for (RollupRow row : entry.rows()) {
            if (row.hourStart() < hour) {
                kept.add(row);
            }
        }
        return kept;
    }
}
