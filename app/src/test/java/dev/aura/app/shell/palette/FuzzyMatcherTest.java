package dev.aura.app.shell.palette;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FuzzyMatcherTest {
    private final FuzzyMatcher matcher = new FuzzyMatcher();

    @Test
    void emptyQueryMatchesEverythingEqually() {
        assertThat(matcher.score("", "Open settings")).hasValue(0);
        assertThat(matcher.score("  ", "Quit")).hasValue(0);
    }

    @Test
    void charactersMustAppearInOrderIgnoringCase() {
        assertThat(matcher.score("OPS", "Open settings")).isPresent();
        assertThat(matcher.score("spo", "Open settings")).isEmpty();
        assertThat(matcher.score("xyz", "Open settings")).isEmpty();
    }

    @Test
    void consecutiveMatchesRankAboveScatteredOnes() {
        int consecutive = matcher.score("set", "Open settings").orElseThrow();
        int scattered = matcher.score("set", "Show extra tabs").orElseThrow();
        assertThat(consecutive).isGreaterThan(scattered);
    }

    @Test
    void wordStartMatchesRankAboveMidWordMatches() {
        int wordStarts = matcher.score("gm", "Go to Models").orElseThrow();
        int midWord = matcher.score("gm", "Programming").orElseThrow();
        assertThat(wordStarts).isGreaterThan(midWord);
    }

    @Test
    void theBestAlignmentIsFoundNotJustTheFirst() {
        // greedy from the first 'd' would match "d...ark" scattered; the word "Dark" must win
        int score = matcher.score("dark", "Theme: Dracula Dark").orElseThrow();
        int exactWord = matcher.score("dark", "Dark").orElseThrow();
        assertThat(score).isGreaterThanOrEqualTo(exactWord - 4);
    }

    @Test
    void spacesInTheQuerySeparateWords() {
        assertThat(matcher.score("sw mo", "Switch to Models")).isPresent();
        int good = matcher.score("sw mo", "Switch to Models").orElseThrow();
        int worse = matcher.score("sw mo", "Show window more").orElseThrow();
        assertThat(good).isGreaterThan(worse);
    }

    @Test
    void thaiTextMatches() {
        assertThat(matcher.score("ตั้ง", "เปิดการตั้งค่า")).isPresent();
    }
}
