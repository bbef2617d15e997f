package dev.aura.plugins.prompts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.plugins.api.testing.CliRun;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.cards.PromptVariant;
import dev.aura.plugins.prompts.history.RunSummary;
import dev.aura.plugins.prompts.store.PromptsStoreFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aura cards test TITLE[@LABEL|@N]}: stored cards run by name and saved in their run history. */
class StoredCardTestCommandTest {
    @TempDir
    Path dir;

    private CardsCliFixture fixture;
    private CardVersion v1;

    @BeforeEach
    void open() {
        fixture = new CardsCliFixture(dir);
        v1 = fixture.services.cards().create(PromptsStoreFixture.sampleCard(), null);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aCardRunsByTitleWithItsSystemPromptAndIsSavedInItsHistory() throws Exception {
        Path json = dir.resolve("card.json");

        CliRun run = fixture.run("test", "support REPLY", "-o", json.toString());

        // the fake answer greets ("Hello") but never mentions a refund
        assertThat(run.exitCode()).isEqualTo(CliExit.TESTS_FAILED);
        assertThat(run.out()).contains("Cells: 4  Passed: 2  Failed: 2  Errors: 0")
                .contains("FAIL  refund | concise | ollama:chat:llama3.2: Expected output to contain \"refund\"");
        assertThat(fixture.ollama.requests("/api/chat")).hasSize(4).allSatisfy(r -> {
            JsonNode messages = r.json().path("messages");
            assertThat(messages.get(0).path("role").asText()).isEqualTo("system");
            assertThat(messages.get(0).path("content").asText()).isEqualTo(
                    "You are a helpful support agent for Acme.");
        });
        List<RunSummary> history = fixture.services.runs().history(v1.cardId(), 5);
        assertThat(history).singleElement().satisfies(s -> {
            assertThat(s.cardVersion()).isEqualTo(1);
            assertThat(s.stats().failures()).isEqualTo(2);
            assertThat(s.concurrency()).isEqualTo(TestCommand.DEFAULT_CONCURRENCY);
        });
        JsonNode results = new ObjectMapper().readTree(json.toFile()).path("results");
        assertThat(results.path("results")).hasSize(4);
        assertThat(results.path("results").get(0).path("testCase").path("vars").path("company").asText())
                .isEqualTo("Acme");
        assertThat(results.path("prompts").get(1).path("label").asText()).isEqualTo("concise");
    }

    @Test
    void aLabelOrVersionNumberPicksTheVersion() {
        CardContent edited = v1.content().withVariants(List.of(new PromptVariant("A", "Say Hello to {{ question }}")))
                .withTests(List.of(v1.content().tests().get(1)));
        fixture.services.cards().save(v1.cardId(), edited, null);
        fixture.services.cards().setLabel(v1.cardId(), "production", 1);

        CliRun latest = fixture.run("test", "Support reply");
        CliRun byLabel = fixture.run("test", "Support reply@production");
        CliRun byNumber = fixture.run("test", "Support reply@2", "--models", CardsCliFixture.MODEL);

        assertThat(latest.out()).contains("Cells: 1  Passed: 1");
        assertThat(latest.exitCode()).isEqualTo(CliExit.OK);
        assertThat(byLabel.out()).contains("Cells: 4  ");
        assertThat(byNumber.out()).contains("Cells: 1  Passed: 1");
        assertThat(fixture.services.runs().history(v1.cardId(), 10)).extracting(RunSummary::cardVersion)
                .containsExactlyInAnyOrder(2, 1, 2);
    }

    @Test
    void anUnknownVersionOrLabelExits1SayingWhatExists() {
        CliRun version = fixture.run("test", "Support reply@7");
        CliRun label = fixture.run("test", "Support reply@staging");

        assertThat(version.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(version.err()).contains("has no version 7").contains("1 to 1");
        assertThat(label.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(label.err()).contains("has no label staging");
        assertThat(fixture.ollama.requests("/api/chat")).isEmpty();
    }

    @Test
    void aCardWithoutModelsNeedsModels() {
        fixture.services.cards().create(PromptsStoreFixture.sampleCard().withTitle("No model").withModels(List.of()),
                null);

        CliRun run = fixture.run("test", "No model");
        CliRun withModels = fixture.run("test", "No model", "--models", CardsCliFixture.MODEL);

        assertThat(run.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(run.err()).contains("--models");
        assertThat(withModels.out()).contains("Cells: 4  ");
    }

    @Test
    void aNameThatIsNeitherAPathNorACardIsAUsageError() {
        CliRun run = fixture.run("test", "Nothing like this");

        assertThat(run.exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(run.err()).contains("Nothing like this").contains("aura cards list");
    }
}
