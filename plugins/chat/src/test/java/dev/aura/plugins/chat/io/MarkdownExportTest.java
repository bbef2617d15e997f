package dev.aura.plugins.chat.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownExportTest {
    @Test
    void showsTheCurrentBranchWithSettingsAlternativesAndAttachments() {
        String md = MarkdownExport.toMarkdown(SampleArchives.branched());

        assertThat(md).startsWith("""
                # Chiang Mai trip

                - Model: qwen3:8b
                - Created: 2026-03-01 09:30 UTC
                - Last activity: 2026-03-01 09:31 UTC
                - Messages: 4 shown, 1 more on other branches
                - Temperature: 0.7

                **System prompt:**

                > You are a travel agent.
                > Be brief.

                ### User

                Plan a trip to Chiang Mai

                ### Assistant (qwen3:8b)

                Day 1: old city temples.

                Day 2: Doi Suthep.

                *Answer 2 of 2; the JSON export has the others.*

                ### User

                ภาษาไทยด้วยครับ

                Attachments: `notes.md`, `map.png` (image)
                """);
        assertThat(md).endsWith("""
                ### Assistant (qwen3:8b)

                วันที่ 1:

                *Stopped before the end.*
                """);
        assertThat(md).doesNotContain("Visit Doi Suthep");
    }

    @Test
    void aFailedAnswerShowsWhatHappenedAndSeveralConversationsAreSeparated() throws Exception {
        StringWriter out = new StringWriter();

        MarkdownExport.write(List.of(SampleArchives.branched(), SampleArchives.failedOnly()), out);

        assertThat(out.toString()).contains("\n---\n\n# New chat\n")
                .contains("*(empty)*\n\n*Failed: Ollama is not running at http://127.0.0.1:11434. Start it and press "
                        + "Retry.*");
    }
}
