package dev.aura.plugins.prompts.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredTextTest {
    @Test
    void textsWithinTheLimitAreKeptAsTheyAre() {
        assertThat(StoredText.fit(null, 100)).isNull();
        assertThat(StoredText.fit("x".repeat(100), 100)).isEqualTo("x".repeat(100));
    }

    @Test
    void longerTextsKeepTheirStartAndSayHowMuchWasLeftOut() {
        String fitted = StoredText.fit("x".repeat(1000), 200);

        assertThat(fitted).hasSizeLessThanOrEqualTo(200).startsWith("x".repeat(120))
                .endsWith("[… 880 more characters were not stored]");
    }

    @Test
    void aCutNeverSplitsACharacterInTwo() {
        String emoji = "🚀".repeat(200);

        String fitted = StoredText.fit(emoji, 201);

        assertThat(fitted.codePoints().filter(cp -> Character.getType(cp) == Character.SURROGATE).count()).isZero();
        assertThat(fitted).startsWith("🚀".repeat(60));
    }
}
