package dev.aura.plugins.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.MessageFigures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChatTextsTest {
    private static final Instant NOW = Instant.parse("2026-03-14T15:00:00Z");
    private final ChatTexts texts = new ChatTexts(Messages.load(Locale.ENGLISH), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void lastActivityReadsLikeAPersonWouldSayIt() {
        assertThat(texts.lastActivity(NOW.minusSeconds(20))).isEqualTo("just now");
        assertThat(texts.lastActivity(NOW.minus(Duration.ofMinutes(7)))).isEqualTo("7 min ago");
        assertThat(texts.lastActivity(NOW.minus(Duration.ofHours(3)))).isEqualTo("3 h ago");
        assertThat(texts.lastActivity(NOW.minus(Duration.ofHours(20)))).isEqualTo("yesterday");
        assertThat(texts.lastActivity(Instant.parse("2026-01-02T10:00:00Z"))).isEqualTo("Jan 2, 2026");
    }

    @Test
    void theFooterShowsEveryReportedFigureAndLeavesOutTheRest() {
        assertThat(texts.figures("llama3.2", new MessageFigures(31, 120, 240L, 48.5, 2600L)))
                .isEqualTo("llama3.2  ·  first token 0.24 s  ·  48.5 tok/s  ·  31 in / 120 out  ·  2.6 s");
        assertThat(texts.figures("llama3.2", MessageFigures.NONE)).isEqualTo("llama3.2");
    }

    @Test
    void searchSnippetsLoseTheirMarkdownMarks() {
        assertThat(ChatTexts.plainSnippet("## Reading a CSV\nUse `Files.lines` for **large** files"))
                .isEqualTo("Reading a CSV Use Files.lines for large files");
        assertThat(ChatTexts.plainSnippet("C# and #hashtags stay")).isEqualTo("C# and #hashtags stay");
    }
}
