package dev.aura.plugins.chat.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {
    @Test
    void modelReplyLosesQuotesLabelsThinkingAndTheFinalPeriod() {
        assertThat(Titles.fromModel("\"Trip Planning.\"")).isEqualTo("Trip Planning");
        assertThat(Titles.fromModel("Title: **Rust Lifetimes**\nThis title...")).isEqualTo("Rust Lifetimes");
        assertThat(Titles.fromModel("<think>they ask about tea</think>\n\nGreen Tea Basics")).isEqualTo("Green Tea Basics");
        assertThat(Titles.fromModel("<think>never finished")).isEmpty();
        assertThat(Titles.fromModel("  \n ")).isEmpty();
    }

    @Test
    void longTitlesAreCutAtAWord() {
        String title = Titles.fromModel("word ".repeat(30));

        assertThat(title).hasSizeLessThanOrEqualTo(Titles.MAX_LENGTH + 1).endsWith("word…");
    }

    @Test
    void placeholderIsTheQuestionsFirstLine() {
        assertThat(Titles.fromQuestion("\n  What is   a monad?\nExplain simply")).isEqualTo("What is a monad?");
    }
}
