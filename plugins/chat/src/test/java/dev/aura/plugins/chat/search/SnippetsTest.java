package dev.aura.plugins.chat.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {
    @Test
    void shortTextIsShownWholeOnOneLine() {
        assertThat(Snippets.around("Hello\n  there,\tworld", 0)).isEqualTo("Hello there, world");
    }

    @Test
    void longTextIsCutAtWordsAroundTheHitWithEllipses() {
        String text = "word ".repeat(100) + "TARGET " + "tail ".repeat(100);

        String snippet = Snippets.around(text, text.indexOf("TARGET"));

        assertThat(snippet).startsWith("…word").endsWith("tail…").contains(" TARGET tail");
        assertThat(snippet.length()).isLessThanOrEqualTo(Snippets.MAX_CHARS + 2);
    }

    @Test
    void aHitNearTheStartNeedsNoLeadingEllipsis() {
        String text = "Intro TARGET " + "tail ".repeat(100);

        assertThat(Snippets.around(text, 6)).startsWith("Intro TARGET").endsWith("…");
    }
}
