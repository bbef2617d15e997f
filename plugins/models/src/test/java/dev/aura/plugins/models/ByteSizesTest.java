package dev.aura.plugins.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ByteSizesTest {
    @Test
    void formatsSizesInDecimalUnitsLikeOllama() {
        assertThat(ByteSizes.format(512, Locale.ENGLISH)).isEqualTo("512 B");
        assertThat(ByteSizes.format(12_000, Locale.ENGLISH)).isEqualTo("12.0 KB");
        assertThat(ByteSizes.format(274_000_000, Locale.ENGLISH)).isEqualTo("274 MB");
        assertThat(ByteSizes.format(2_019_393_189L, Locale.ENGLISH)).isEqualTo("2.0 GB");
        assertThat(ByteSizes.format(4_661_224_676L, Locale.ENGLISH)).isEqualTo("4.7 GB");
    }

    @Test
    void roundingNeverPrintsAThousandOfAUnit() {
        assertThat(ByteSizes.format(999_700, Locale.ENGLISH)).isEqualTo("1.0 MB");
    }

    @Test
    void speedIsBytesPerSecond() {
        assertThat(ByteSizes.formatSpeed(12_345_678, Locale.ENGLISH)).isEqualTo("12.3 MB/s");
    }

    @Test
    void decimalSeparatorFollowsTheLanguage() {
        assertThat(ByteSizes.format(4_661_224_676L, Locale.GERMAN)).isEqualTo("4,7 GB");
    }
}
