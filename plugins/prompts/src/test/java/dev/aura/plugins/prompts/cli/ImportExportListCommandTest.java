package dev.aura.plugins.prompts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.core.audit.AuditEntry;
import dev.aura.plugins.api.testing.CliRun;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardSummary;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.store.PromptsStoreFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aura cards import|export|list} on a real profile. */
class ImportExportListCommandTest {
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

    private List<CardSummary> cards() {
        return fixture.services.cards().list("", Set.of());
    }

    @Test
    void importsAnInlineConfigPrintsTheCardAndEveryWarningAndAudits() {
        Path config = fixture.file("inline/promptfooconfig.yaml", """
                description: Greeter
                prompts:
                  - "Say hello to {{ name }}"
                  - id: "Greet {{ name }} warmly"
                    label: warm
                providers:
                  - ollama:chat:llama3.2
                  - ollama:chat:mistral
                  - openai:chat:gpt-4o
                tests:
                  - vars: {name: Ann}
                    assert:
                      - type: icontains
                        value: ann
                    options:
                      transform: output.trim()
                """);

        CliRun run = fixture.run("import", config.toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        CardSummary card = cards().getFirst();
        assertThat(run.out()).contains("Imported \"Greeter\" as card " + card.id() + " (version 1).")
                .contains("Prompts: 2  Tests: 1  Models: llama3.2, mistral");
        assertThat(run.err()).contains("warning: providers: model mistral is not installed; run ollama pull mistral")
                .contains("warning: providers[2]: provider 'openai:chat:gpt-4o' is not a local Ollama model")
                .contains("tests[0].options");
        CardContent content = fixture.services.cards().latest(card.id()).content();
        assertThat(content.variants()).extracting(v -> v.label()).containsExactly("A", "warm");
        AuditEntry audit = fixture.core.audit().page(Long.MAX_VALUE, 1).getFirst();
        assertThat(audit.action()).isEqualTo("prompts.card-imported");
        assertThat(audit.subject()).isEqualTo("Greeter");
        assertThat(audit.details().toString()).contains("promptfooconfig.yaml").doesNotContain("Say hello");
    }

    @Test
    void importsPromptFilesAndCsvTestsNamedAfterTheFolder() {
        fixture.file("proj/prompts/ask.txt", "Question: {{ q }}\n---\nAnswer briefly: {{ q }}\n");
        fixture.file("proj/tests.csv", "q,__expected1,__description\n\"Is water wet, really?\",icontains:wet,water\n"
                + "Sky color?,fn:output.length > 2,sky\n");
        Path config = fixture.file("proj/promptfooconfig.yaml", """
                prompts: [file://prompts/ask.txt]
                providers: [ollama:llama3.2]
                tests: file://tests.csv
                """);

        CliRun run = fixture.run("import", config.toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        CardContent content = fixture.services.cards().latest(cards().getFirst().id()).content();
        assertThat(content.title()).isEqualTo("proj");
        assertThat(content.variants()).hasSize(2);
        assertThat(content.tests()).hasSize(2);
        assertThat(content.tests().getFirst().vars()).containsEntry("q", "Is water wet, really?");
        assertThat(content.tests().get(1).asserts()).extracting(AssertionSpec::type).containsExactly("javascript");
        assertThat(content.models()).containsExactly("llama3.2");
        assertThat(run.err()).contains("completion API");
    }

    @Test
    void malformedYamlOrCsvExits1WithLineAndColumnAndStoresNothing() {
        Path yaml = fixture.file("bad/promptfooconfig.yaml", "prompts:\n  - ok\n providers: [x]\n");
        fixture.file("badcsv/tests.csv", "q,__expected\n\"unclosed,icontains:x\n");
        Path csvConfig = fixture.file("badcsv/promptfooconfig.yaml", """
                prompts: ["{{ q }}"]
                providers: [ollama:chat:llama3.2]
                tests: file://tests.csv
                """);

        CliRun badYaml = fixture.run("import", yaml.toString());
        CliRun badCsv = fixture.run("import", csvConfig.toString());

        assertThat(badYaml.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(badYaml.err()).containsPattern("promptfooconfig\\.yaml:3:\\d+: invalid YAML");
        assertThat(badCsv.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(badCsv.err()).containsPattern("tests\\.csv:\\d+:\\d+: ");
        assertThat(cards()).isEmpty();
        assertThat(fixture.core.audit().count()).isZero();
    }

    @Test
    void importingAMissingFileExits1() {
        CliRun run = fixture.run("import", dir.resolve("nope.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(run.err()).contains("nope.yaml").contains("check the path");
    }

    @Test
    void exportThenImportGivesTheSameCard() throws Exception {
        CardContent original = PromptsStoreFixture.sampleCard();
        CardContent withoutSystem = new CardContent(original.title(), "", List.of(), original.variants(), null,
                original.models(), original.parameters(), original.tests(), original.defaultTest());
        fixture.services.cards().create(withoutSystem, null);
        Path file = dir.resolve("export/promptfooconfig.yaml");
        Files.createDirectories(file.getParent());

        CliRun export = fixture.run("export", "Support reply", "-o", file.toString());
        fixture.services.cards().delete(cards().getFirst().id());
        CliRun reimport = fixture.run("import", file.toString());

        assertThat(export.exitCode()).isEqualTo(CliExit.OK);
        assertThat(export.out()).contains("Exported \"Support reply\" version 1 to " + file);
        assertThat(reimport.exitCode()).isEqualTo(CliExit.OK);
        assertThat(reimport.err()).isEmpty();
        CardContent back = fixture.services.cards().latest(cards().getFirst().id()).content();
        assertThat(back).isEqualTo(withoutSystem);
    }

    @Test
    void exportWritesTheSystemPromptIntoEachPromptAndSaysSo() throws Exception {
        fixture.services.cards().create(PromptsStoreFixture.sampleCard(), null);
        Path file = dir.resolve("out.yaml");

        CliRun run = fixture.run("export", "Support reply@1", "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        assertThat(run.err()).contains("system prompt");
        assertThat(Files.readString(file)).contains("\"role\" : \"system\"").contains("helpful support agent");
    }

    @Test
    void exportRefusesToOverwriteUnlessForced() throws Exception {
        fixture.services.cards().create(PromptsStoreFixture.sampleCard(), null);
        Path file = fixture.file("keep.yaml", "mine");

        CliRun refused = fixture.run("export", "Support reply", "-o", file.toString());
        String afterRefusal = Files.readString(file);
        CliRun forced = fixture.run("export", "Support reply", "-o", file.toString(), "--force");

        assertThat(refused.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(refused.err()).contains("already exists").contains("--force");
        assertThat(afterRefusal).isEqualTo("mine");
        assertThat(forced.exitCode()).isEqualTo(CliExit.OK);
        assertThat(Files.readString(file)).contains("Support reply");
    }

    @Test
    void exportOfAnUnknownCardOrWithoutOutputFails() {
        CliRun unknown = fixture.run("export", "Nope", "-o", dir.resolve("x.yaml").toString());
        CliRun noOutput = fixture.run("export", "Nope");

        assertThat(unknown.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(unknown.err()).contains("no card titled Nope").contains("aura cards list");
        assertThat(noOutput.exitCode()).isEqualTo(CliExit.USAGE);
    }

    @Test
    void listShowsCardsWithLabelsTagsAndTheLastRunsPassRate() throws Exception {
        CardVersion card = fixture.services.cards().create(PromptsStoreFixture.sampleCard(), null);
        fixture.services.cards().setLabel(card.cardId(), "production", 1);
        fixture.services.cards().create(PromptsStoreFixture.sampleCard().withTitle("Second"), null);
        fixture.run("test", "Support reply@production", "--models", CardsCliFixture.MODEL);

        CliRun table = fixture.run("list");
        CliRun json = fixture.run("list", "--json");

        assertThat(table.exitCode()).isEqualTo(CliExit.OK);
        assertThat(table.out().lines().toList()).first().asString().startsWith("TITLE").contains("LAST RUN");
        assertThat(table.out()).containsPattern("Support reply\\s+" + card.cardId() + "\\s+1\\s+production=1\\s+"
                + "support, email\\s+50%");
        JsonNode array = new ObjectMapper().readTree(json.out());
        assertThat(array).hasSize(2);
        JsonNode support = array.get(0).path("title").asText().equals("Support reply") ? array.get(0) : array.get(1);
        assertThat(support.path("labels").path("production").asInt()).isEqualTo(1);
        assertThat(support.path("lastRunPassRate").asDouble()).isEqualTo(0.5);
        assertThat(support.path("tags")).hasSize(2);
    }

    @Test
    void listWithNoCardsSaysHowToAddOne() {
        CliRun run = fixture.run("list");

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        assertThat(run.out()).contains("aura cards import");
    }

    @Test
    void cardsAloneShowsUsageAndExits2() {
        CliRun run = fixture.run();

        assertThat(run.exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(run.err()).contains("test").contains("import").contains("export").contains("list");
    }

    @Test
    void helpDescribesEveryCommandAndOptionFromTheBundle() {
        CliRun cards = fixture.run("--help");
        CliRun test = fixture.run("test", "--help");

        assertThat(cards.exitCode()).isEqualTo(CliExit.OK);
        assertThat(cards.out()).contains("Prompt cards and promptfoo configs from the command line");
        assertThat(test.exitCode()).isEqualTo(CliExit.OK);
        assertThat(test.out()).contains("-j, --max-concurrency=N").contains("Model calls at once (default 4")
                .contains("--models=MODEL").contains("-o, --output=FILE").contains(".junit.xml")
                .contains("--grader=MODEL").contains("--embedding-model=MODEL").contains("100 some failed")
                .doesNotContain("${bundle");
    }
}
