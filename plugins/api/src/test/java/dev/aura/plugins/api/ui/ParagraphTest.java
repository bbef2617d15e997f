package dev.aura.plugins.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphTest {
    @Test
    void thaiIsCutBetweenWordsAndNothingIsLost() {
        String text = "Aura รันโมเดล AI บนคอมพิวเตอร์ของคุณเอง";
        var words = Paragraph.words(text);
        assertThat(String.join("", words)).isEqualTo(text);
        assertThat(words).contains("คอมพิวเตอร์", "ของ", "คุณ").hasSizeGreaterThan(6);
    }

    @Test
    void englishIsCutAfterSpaces() {
        assertThat(Paragraph.words("Retry the connection.")).containsExactly("Retry ", "the ", "connection.");
    }

    @Test
    void emptyTextHasNoWords() {
        assertThat(Paragraph.words("")).isEmpty();
        assertThat(Paragraph.words(null)).isEmpty();
    }
}
