package dev.aura.plugins.prompts.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.core.audit.AuditEntry;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.promptfoo.ImportWarning;
import dev.aura.plugins.prompts.promptfoo.PromptfooImportException;
import dev.aura.plugins.prompts.store.PromptsStoreFixture;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer over the real stores, with the promptfoo project in the test resources. */
class CardImporterTest {
    @TempDir
    Path dir;

    private PromptsStoreFixture db;

    @BeforeEach
    void open() {
        db = PromptsStoreFixture.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Path example() throws URISyntaxException {
        return Path.of(CardImporterTest.class.getResource("/promptfoo/example/promptfooconfig.yaml").toURI());
    }

    @Test
    void mapsOllamaAndOpenAiOnOllamaProvidersAndKeepsFilesCsvAndDefaultTest() throws Exception {
        CardImporter importer = new CardImporter(db.cards(), () -> List.of("llama3.2:latest", "qwen2.5:latest"),
                db.audit());

        ImportReport report = importer.importFile(example());

        CardContent content = report.card().content();
        assertThat(content.title()).isEqualTo("Translation quality");
        assertThat(content.models()).containsExactly("llama3.2", "qwen2.5");
        assertThat(content.variants()).extracting(v -> v.label()).containsExactly("prompts/translate.txt #1",
                "prompts/translate.txt #2", "chat");
        assertThat(content.tests()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(content.defaultTest().vars()).containsEntry("tone", "formal");
        assertThat(report.card().note()).isEqualTo("imported from promptfooconfig.yaml");
        assertThat(report.warnings()).extracting(ImportWarning::message).noneMatch(m -> m.contains("not installed"));
        AuditEntry entry = db.audit().page(Long.MAX_VALUE, 1).getFirst();
        assertThat(entry.action()).isEqualTo(CardImporter.AUDIT_ACTION);
        assertThat(entry.subject()).isEqualTo("Translation quality");
    }

    @Test
    void whenOllamaIsDownTheCardIsStillImportedWithAWarning() throws Exception {
        CardImporter importer = new CardImporter(db.cards(), () -> {
            throw new IllegalStateException("Ollama is not running");
        }, db.audit());

        ImportReport report = importer.importFile(example());

        assertThat(report.card().content().models()).containsExactly("llama3.2", "qwen2.5");
        assertThat(report.warnings()).extracting(ImportWarning::message)
                .anySatisfy(m -> assertThat(m).contains("Ollama is not running").contains("kept as written"));
    }

    @Test
    void anInvalidFileStoresNothingAndAuditsNothing() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "prompts: [\"a\"\ntests: }\n");
        CardImporter importer = new CardImporter(db.cards(), List::of, db.audit());

        assertThatThrownBy(() -> importer.importFile(bad)).isInstanceOf(PromptfooImportException.class)
                .satisfies(e -> assertThat(((PromptfooImportException) e).line()).isPositive());

        assertThat(db.cards().list("", Set.of())).isEmpty();
        assertThat(db.audit().count()).isZero();
    }

    @Test
    void titlesFallBackToTheFileOrItsFolder() {
        assertThat(CardImporter.fallbackTitle(Path.of("/x/summaries/promptfooconfig.yaml"))).isEqualTo("summaries");
        assertThat(CardImporter.fallbackTitle(Path.of("/x/summaries/tone-check.yml"))).isEqualTo("tone-check");
    }
}
