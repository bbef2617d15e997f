package dev.aura.plugins.prompts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.plugins.api.testing.CliRun;
import dev.aura.plugins.prompts.promptfoo.PromptfooConfig;
import dev.aura.plugins.prompts.promptfoo.PromptfooConfigReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configs shipped in {@code examples/cards/} read without a warning, plan their cells and run end to end against
 * the fake Ollama (whose canned answer fails most of their assertions: the verdicts are not the point here), writing
 * all three report formats.
 */
class ExampleCardsTest {
    static final Path EXAMPLES = examples();

    @TempDir
    Path dir;

    private CardsCliFixture fixture;

    @BeforeEach
    void open() {
        fixture = new CardsCliFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    static Path examples() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isDirectory(here.resolve("examples/cards"))) {
            here = here.getParent();
        }
        if (here == null) {
            throw new IllegalStateException("examples/cards is not above " + Path.of("").toAbsolutePath());
        }
        return here.resolve("examples/cards");
    }

    @Test
    void everyExampleReadsWithoutWarningsOnLlama() {
        List<Path> configs = TestTargets.folder(EXAMPLES);

        assertThat(configs).extracting(p -> p.getParent().getFileName().toString())
                .containsExactly("classifier", "json-extractor", "summarizer");
        for (Path file : configs) {
            PromptfooConfig config = new PromptfooConfigReader().read(file);
            assertThat(config.warnings()).as(file.toString()).isEmpty();
            assertThat(config.providers()).as(file.toString()).extracting(p -> p.id())
                    .containsExactly("ollama:chat:llama3.2");
            assertThat(config.tests()).as(file.toString()).hasSizeGreaterThanOrEqualTo(2);
        }
        PromptfooConfig classifier = new PromptfooConfigReader().read(configs.getFirst());
        assertThat(classifier.tests()).hasSize(4);
        assertThat(classifier.tests().getFirst().description()).isEqualTo("double charge");
        assertThat(classifier.tests().getFirst().asserts()).hasSize(2);
    }

    @Test
    void theExamplesFolderRunsEveryCellAndWritesTheThreeReports() throws Exception {
        Path json = dir.resolve("results.json");
        Path junit = dir.resolve("results.junit.xml");
        Path csv = dir.resolve("results.csv");

        CliRun run = fixture.run("test", EXAMPLES.toString(), "-j", "8", "-o", json.toString(), "-o",
                junit.toString(), "-o", csv.toString());

        assertThat(run.exitCode()).isIn(CliExit.TESTS_FAILED, CliExit.OK);
        assertThat(run.err()).doesNotContain("warning").doesNotContain("aura:");
        assertThat(run.out()).contains("Cells: 10  ");
        assertThat(fixture.ollama.requests("/api/chat")).hasSize(10);
        JsonNode results = new ObjectMapper().readTree(json.toFile()).path("results");
        assertThat(results.path("results")).hasSize(10);
        assertThat(results.path("prompts")).hasSize(4);
        assertThat(StreamSupport.stream(results.path("results").spliterator(), false)
                .map(r -> r.path("failureReason").asInt())).doesNotContain(2);
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
                .getElementsByTagName("testsuite").getLength()).isEqualTo(4);
        assertThat(Files.readString(csv).split("\r\n")).hasSize(11);
    }

    @Test
    void everyExampleImportsAsACardWithoutWarningsAndRunsByName() {
        for (Path file : TestTargets.folder(EXAMPLES)) {
            PromptfooConfig config = new PromptfooConfigReader().read(file);

            CliRun imported = fixture.run("import", file.toString());
            CliRun run = fixture.run("test", config.description());

            assertThat(imported.exitCode()).as(file.toString()).isEqualTo(CliExit.OK);
            assertThat(imported.err()).as(file.toString()).isEmpty();
            assertThat(imported.out()).contains("Imported \"" + config.description() + "\"")
                    .contains("Tests: " + config.tests().size()).contains("Models: llama3.2");
            assertThat(run.exitCode()).as(file.toString()).isIn(CliExit.OK, CliExit.TESTS_FAILED);
            assertThat(run.out()).contains("Cells: " + config.tests().size() * config.prompts().size() + "  ");
        }
        assertThat(fixture.services.cards().list("", java.util.Set.of())).hasSize(3);
    }
}
