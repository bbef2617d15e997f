package dev.aura.plugins.automation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.core.testing.ChatScript;
import dev.aura.plugins.api.testing.CliRun;
import dev.aura.plugins.automation.engine.LoopbackHttp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflows shipped in {@code examples/flows/} import as they are, and run end to end as the README says against
 * the fake Ollama (and a loopback server for the web page), with their {@code /tmp/aura} folder (and host) swapped
 * for the test's own, as the README tells users to edit them.
 */
class ExampleFlowsTest {
    static final Path EXAMPLES = examples();

    @TempDir
    Path dir;

    private FlowsCliFixture fixture;
    private Path aura;

    @BeforeEach
    void open() {
        fixture = new FlowsCliFixture(dir);
        aura = fixture.folder("aura");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void everyExampleImportsAsShipped() {
        for (String name : List.of("summarize-folder", "url-to-json", "daily-digest")) {
            CliRun run = fixture.run("import", EXAMPLES.resolve(name + ".yaml").toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(CliExit.OK);
            assertThat(run.out()).contains("Imported \"" + name + "\" as a new workflow (version 1).");
        }
        assertThat(fixture.run("list").out()).contains("cron 0 8 * * * (at 08:00)")
                .contains("new or changed files in /tmp/aura/inbox");
    }

    @Test
    void urlToJsonFetchesExtractsAndWritesTheJson() throws IOException {
        try (LoopbackHttp web = new LoopbackHttp().on("/page", exchange -> LoopbackHttp.reply(exchange, 200,
                "{\"title\": \"Bangkok\", \"extract\": \"Bangkok is the capital of Thailand.\"}"))) {
            fixture.ollama.chatScript(ChatScript.answer("```json\n{\"title\": \"Bangkok\", \"summary\": \"The capital"
                    + " of Thailand.\", \"facts\": [\"capital\", \"on the Chao Phraya\"]}\n```"));
            importExample("url-to-json", "- en.wikipedia.org", "- 127.0.0.1");

            fixture.ollama.addModel("qwen3:4b");
            CliRun run = fixture.run("run", "url-to-json", "--var", "url=" + web.url("/page"), "--var",
                    "model=qwen3:4b", "--allow");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(CliExit.OK);
            assertThat(run.err()).contains("  Hosts: 127.0.0.1").contains("  ok  fetch").contains("  ok  extract")
                    .contains("  ok  save");
            JsonNode page = new ObjectMapper().readTree(aura.resolve("page.json").toFile());
            assertThat(page.get("title").asText()).isEqualTo("Bangkok");
            assertThat(page.get("facts")).hasSize(2);
            assertThat(fixture.ollama.requests("/api/chat").getFirst().json().toString())
                    .contains("Bangkok is the capital of Thailand.").contains("\"model\":\"qwen3:4b\"");
        }
    }

    @Test
    void dailyDigestSummarizesEachFileIntoTheDigestAndNotifies() throws IOException {
        Files.createDirectories(aura.resolve("daily"));
        Files.writeString(aura.resolve("daily/monday.txt"), "Shipped the importer.");
        Files.writeString(aura.resolve("daily/tuesday.txt"), "Fixed the scheduler.");
        fixture.ollama.chatScript(ChatScript.answer("A short summary."));
        importExample("daily-digest");

        CliRun run = fixture.run("run", "daily-digest", "--allow");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CliExit.OK);
        String digest = Files.readString(aura.resolve("digest.md"));
        assertThat(digest).startsWith("# Daily digest").contains("## monday.txt").contains("## tuesday.txt")
                .contains("A short summary.");
        assertThat(fixture.notifier.messages).anySatisfy(m -> assertThat(m).contains("Daily digest")
                .contains("from 2 files"));
    }

    @Test
    void summarizeFolderAppendsTheSummaryToTheNotes() throws IOException {
        Path file = aura.resolve("inbox/meeting.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Meeting moved to Friday.");
        fixture.ollama.chatScript(ChatScript.answer("- The meeting is on Friday."));
        importExample("summarize-folder");

        CliRun run = fixture.run("run", "summarize-folder", "--var", "file=" + file, "--var", "fileName=meeting.txt",
                "--allow");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CliExit.OK);
        assertThat(Files.readString(aura.resolve("notes.md"))).contains("## meeting.txt")
                .contains("- The meeting is on Friday.");
    }

    /** Imports an example with /tmp/aura (and any other replacement pairs) swapped, as a user edits it. */
    private void importExample(String name, String... replacements) throws IOException {
        String yaml = Files.readString(EXAMPLES.resolve(name + ".yaml")).replace("/tmp/aura", aura.toString());
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            yaml = yaml.replace(replacements[i], replacements[i + 1]);
        }
        CliRun run = fixture.run("import", fixture.file(name + ".yaml", yaml).toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(CliExit.OK);
    }

    static Path examples() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isDirectory(here.resolve("examples/flows"))) {
            here = here.getParent();
        }
        if (here == null) {
            throw new IllegalStateException("examples/flows is not above " + Path.of("").toAbsolutePath());
        }
        return here.resolve("examples/flows");
    }
}
