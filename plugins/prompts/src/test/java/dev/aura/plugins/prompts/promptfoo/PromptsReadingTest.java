package dev.aura.plugins.prompts.promptfoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptsReadingTest {
    @TempDir
    Path dir;

    @Test
    void inlinePromptsAreTheirOwnLabels() {
        PromptfooConfig config = new ConfigDir(dir).read("""
                prompts:
                  - 'Translate {{text}} to French'
                  - 'Summarize {{text}}'
                """);
        assertThat(config.prompts()).containsExactly(
                new PromptDef("Translate {{text}} to French", "Translate {{text}} to French"),
                new PromptDef("Summarize {{text}}", "Summarize {{text}}"));
        assertThat(config.warnings()).isEmpty();
    }

    @Test
    void aFileWithDashLinesHoldsSeveralPromptsRelativeToTheConfig() {
        PromptfooConfig config = new ConfigDir(dir)
                .file("prompts/many.txt", "First {{q}}\n  --- \r\nSecond {{q}}\n  on two lines\n---\n")
                .read("prompts: [file://prompts/many.txt]\n");
        assertThat(config.prompts()).containsExactly(
                new PromptDef("prompts/many.txt #1", "First {{q}}"),
                new PromptDef("prompts/many.txt #2", "Second {{q}}\n  on two lines"));
    }

    @Test
    void aJsonChatFileKeepsItsJsonAsTheTemplate() {
        String chat = "[{\"role\": \"system\", \"content\": \"Be brief\"}, {\"role\": \"user\", \"content\": \"{{q}}\"}]";
        PromptfooConfig config = new ConfigDir(dir).file("chat.json", chat).read("prompts: ['file://chat.json']\n");
        assertThat(config.prompts()).containsExactly(new PromptDef("chat.json", chat));
    }

    @Test
    void aJsonTemplateThatIsJsonOnlyOnceRenderedIsKeptAsWritten() {
        String template = "{{ messages | dump }}";
        PromptfooConfig config = new ConfigDir(dir).file("chat.json", template).read("prompts: ['file://chat.json']\n");
        assertThat(config.prompts()).extracting(PromptDef::template).containsExactly(template);
    }

    @Test
    void aMapOfFilesToLabelsAndIdOrRawObjectsCarryTheirLabels() {
        PromptfooConfig config = new ConfigDir(dir)
                .file("a.txt", "Alpha {{x}}\n")
                .file("b.txt", "Beta {{x}}")
                .read("""
                        prompts:
                          - id: file://b.txt
                            label: beta
                          - raw: 'Gamma {{x}}'
                          - raw: 'Delta {{x}}'
                            label: delta
                        """);
        assertThat(config.prompts()).containsExactly(
                new PromptDef("beta", "Beta {{x}}"),
                new PromptDef("Gamma {{x}}", "Gamma {{x}}"),
                new PromptDef("delta", "Delta {{x}}"));

        PromptfooConfig mapped = new ConfigDir(dir).read("prompts:\n  file://a.txt: alpha\n");
        assertThat(mapped.prompts()).containsExactly(new PromptDef("alpha", "Alpha {{x}}"));
    }

    @Test
    void aGlobReadsEveryMatchingFileInNameOrder() {
        PromptfooConfig config = new ConfigDir(dir)
                .file("prompts/b.txt", "Two")
                .file("prompts/a.txt", "One")
                .file("prompts/notes.md.bak", "ignored")
                .read("prompts: ['file://prompts/*.txt']\n");
        assertThat(config.prompts()).extracting(PromptDef::label, PromptDef::template)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("prompts/a.txt", "One"),
                        org.assertj.core.groups.Tuple.tuple("prompts/b.txt", "Two"));
    }

    @Test
    void aPromptFunctionFileIsReportedNotImported() {
        PromptfooConfig config = new ConfigDir(dir).file("p.py", "def f(): pass").read("prompts: ['file://p.py', 'Hi']\n");
        assertThat(config.prompts()).extracting(PromptDef::template).containsExactly("Hi");
        assertThat(config.warnings()).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("prompts[0]");
            assertThat(w.message()).contains("p.py");
        });
    }
}
