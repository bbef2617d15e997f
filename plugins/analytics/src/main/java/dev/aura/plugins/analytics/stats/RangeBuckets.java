package dev.aura.plugins.analytics.stats;

import dev.aura.plugins.analytics.model.Bucket;
import dev.aura.plugins.analytics.model.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The points of a range's time charts and which one each UTC hour falls in. DAY points are local days in the range's
 * zone: an hour belongs to the local date its start falls on.
 */
final class RangeBuckets {
    private final long firstHour;
    private final long endSecond;
    private final List<Instant> starts;
    private final int[] indexOfHour;

    RangeBuckets(TimeRange range) {
        this.firstHour = firstHour(range);
        this.endSecond = range.to().getEpochSecond();
        ZoneId zone = range.zone();
        List<Instant> points = new ArrayList<>();
        int hours = (int) Math.max(0, (endSecond - firstHour + 3599) / 3600);
        indexOfHour = new int[hours];
        if (range.bucket() == Bucket.HOUR) {
            for (int i = 0; i < hours; i++) {
                points.add(Instant.ofEpochSecond(firstHour + i * 3600L));
                indexOfHour[i] = i;
            }
        } else {
            LocalDate first = LocalDate.ofInstant(range.from(), zone);
            LocalDate last = LocalDate.ofInstant(range.to().minusNanos(1), zone);
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                points.add(d.atStartOfDay(zone).toInstant());
            }
            for (int i = 0; i < hours; i++) {
                LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond(firstHour + i * 3600L), zone);
                indexOfHour[i] = (int) Math.clamp(ChronoUnit.DAYS.between(first, date), 0, points.size() - 1);
            }
        }
        this.starts = List.copyOf(points);
    }

    /** The first UTC hour whose rows count in the range: the hour {@code from} falls in. */
    static long firstHour(TimeRange range) {
        return RollupKey.hourOf(range.from().getEpochSecond());
    }

    boolean containsHour(long hourStart) {
        return hourStart >= firstHour && hourStart < endSecond;
    }

    int indexOf(long hourStart) {
        return indexOfHour[(int) ((hourStart - firstHour) / 3600)];
    }

    int size() {
        return starts.size();
    }

    List<Instant> starts() {
        return starts;
    }
}
