package dev.aura.plugins.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.plugins.analytics.Messages;
import dev.aura.plugins.analytics.model.TimeRange;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code --since} and {@code --until} seen from Bangkok (UTC+7) at 2026-03-10 15:20 local time. */
class StatsRangeTest {
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final Instant NOW = Instant.parse("2026-03-10T08:20:00Z");
    private static final Messages MESSAGES = Messages.load(Locale.ENGLISH);

    @Test
    void sevenDaysIsTheDefaultAndStartsAtLocalMidnightSixDaysAgo() {
        TimeRange range = parse(null, null);

        assertThat(range.from()).isEqualTo(Instant.parse("2026-03-03T17:00:00Z"));
        assertThat(range.to()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
        assertThat(range.zone()).isEqualTo(BANGKOK);
    }

    @Test
    void todayAndAnyNumberOfDaysEndAtTheEndOfTheCurrentHour() {
        assertThat(parse("today", null).from()).isEqualTo(Instant.parse("2026-03-09T17:00:00Z"));
        assertThat(parse("14d", null).from()).isEqualTo(Instant.parse("2026-02-24T17:00:00Z"));
        assertThat(parse("30D", null).from()).isEqualTo(Instant.parse("2026-02-08T17:00:00Z"));
        assertThat(parse("14d", null).to()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
    }

    @Test
    void aDateRangeCoversWholeLocalDays() {
        TimeRange range = parse("2026-03-01", "2026-03-02");

        assertThat(range.from()).isEqualTo(Instant.parse("2026-02-28T17:00:00Z"));
        assertThat(range.to()).isEqualTo(Instant.parse("2026-03-02T17:00:00Z"));
    }

    @Test
    void badValuesSayWhatToWriteInstead() {
        assertThatThrownBy(() -> parse("last week", null)).isInstanceOf(CliUsageException.class)
                .hasMessageContaining("'last week' is not a start for --since").hasMessageContaining("14d");
        assertThatThrownBy(() -> parse("0d", null)).isInstanceOf(CliUsageException.class);
        assertThatThrownBy(() -> parse("7d", "03/10/2026")).isInstanceOf(CliUsageException.class)
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> parse("2026-03-05", "2026-03-01")).isInstanceOf(CliUsageException.class)
                .hasMessageContaining("before it starts");
        assertThatThrownBy(() -> parse("2026-04-01", null)).isInstanceOf(CliUsageException.class)
                .hasMessageContaining("future");
    }

    private static TimeRange parse(String since, String until) {
        return StatsRange.parse(since, until, NOW, BANGKOK, MESSAGES);
    }
}
