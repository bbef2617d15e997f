package dev.aura.plugins.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ModelTimesTest {
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private final ModelTimes english = new ModelTimes(Messages.load(Locale.ENGLISH), Clock.fixed(NOW, ZoneOffset.UTC));
    private final ModelTimes thai = new ModelTimes(Messages.load(Locale.forLanguageTag("th")),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void pastTimesReadAsAgo() {
        assertThat(english.relative(NOW.minusSeconds(10))).isEqualTo("just now");
        assertThat(english.relative(NOW.minus(Duration.ofMinutes(1)))).isEqualTo("1 minute ago");
        assertThat(english.relative(NOW.minus(Duration.ofHours(5)))).isEqualTo("5 hours ago");
        assertThat(english.relative(NOW.minus(Duration.ofDays(3)))).isEqualTo("3 days ago");
        assertThat(english.relative(NOW.minus(Duration.ofDays(21)))).isEqualTo("3 weeks ago");
        assertThat(english.relative(NOW.minus(Duration.ofDays(400)))).isEqualTo("1 year ago");
    }

    @Test
    void futureTimesReadAsIn() {
        assertThat(english.relative(NOW.plus(Duration.ofMinutes(4)))).isEqualTo("in 4 minutes");
    }

    @Test
    void aFarFutureExpiryMeansTheModelStaysLoaded() {
        assertThat(english.relative(Instant.parse("2318-01-01T00:00:00Z"))).isEqualTo("never");
    }

    @Test
    void unknownTimesShowADash() {
        assertThat(english.relative(null)).isEqualTo("–");
        assertThat(english.absolute(Instant.EPOCH)).isEqualTo("–");
    }

    @Test
    void thaiHasItsOwnWords() {
        assertThat(thai.relative(NOW.minus(Duration.ofDays(3)))).isEqualTo("3 วันที่แล้ว");
        assertThat(thai.relative(NOW.plus(Duration.ofMinutes(4)))).isEqualTo("อีก 4 นาที");
    }

    @Test
    void absoluteTimeIncludesTheDate() {
        assertThat(english.absolute(NOW)).contains("2026").contains("9:00");
    }
}
