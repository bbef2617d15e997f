package dev.aura.plugins.automation.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CronScheduleTest {
    // a Saturday
    private static final Instant NOW = Instant.parse("2026-01-03T10:15:00Z");

    @Test
    void nextFiveRunsOfAWeekdaySchedule() {
        List<ZonedDateTime> runs = CronSchedule.parse("0 9 * * 1-5").nextFiveRuns(NOW, ZoneOffset.UTC);

        assertThat(runs).extracting(ZonedDateTime::toInstant).containsExactly(
                Instant.parse("2026-01-05T09:00:00Z"),
                Instant.parse("2026-01-06T09:00:00Z"),
                Instant.parse("2026-01-07T09:00:00Z"),
                Instant.parse("2026-01-08T09:00:00Z"),
                Instant.parse("2026-01-09T09:00:00Z"));
    }

    @Test
    void runTimesFollowTheGivenZone() {
        ZoneId bangkok = ZoneId.of("Asia/Bangkok");

        List<ZonedDateTime> runs = CronSchedule.parse("30 7 * * *").nextRuns(NOW, bangkok, 2);

        assertThat(runs).extracting(ZonedDateTime::toInstant).containsExactly(
                Instant.parse("2026-01-04T00:30:00Z"), Instant.parse("2026-01-05T00:30:00Z"));
    }

    @Test
    void everyFifteenMinutesStartsAfterTheGivenInstant() {
        List<ZonedDateTime> runs = CronSchedule.parse("*/15 * * * *").nextRuns(NOW, ZoneOffset.UTC, 2);

        assertThat(runs).extracting(ZonedDateTime::toInstant).containsExactly(
                Instant.parse("2026-01-03T10:30:00Z"), Instant.parse("2026-01-03T10:45:00Z"));
    }

    @Test
    void describesTheScheduleInPlainEnglish() {
        String text = CronSchedule.parse("0 9 * * 1-5").describe();

        assertThat(text).contains("09:00").containsIgnoringCase("monday").containsIgnoringCase("friday");
    }

    @Test
    void invalidExpressionExplainsWhatToWrite() {
        assertThatThrownBy(() -> CronSchedule.parse("61 * * * *"))
                .isInstanceOf(InvalidCronException.class)
                .hasMessageContaining("'61 * * * *' is not a valid cron expression")
                .hasMessageContaining("for example '0 9 * * 1-5'");
    }

    @Test
    void emptyExpressionIsRefused() {
        assertThatThrownBy(() -> CronSchedule.parse(" ")).isInstanceOf(InvalidCronException.class)
                .hasMessageContaining("empty");
    }
}
