package dev.aura.plugins.chat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.core.audit.JdbiAuditLog;
import dev.aura.core.store.H2Store;
import dev.aura.core.util.Json;
import dev.aura.plugins.chat.io.SampleArchives;
import dev.aura.plugins.chat.model.ConversationArchive;
import dev.aura.plugins.chat.search.LuceneMessageIndex;
import dev.aura.plugins.chat.search.MessageIndex.IndexHit;
import dev.aura.plugins.chat.service.ChatAudit;
import dev.aura.plugins.chat.store.ArchiveStore;
import dev.aura.plugins.chat.store.ChatStoreFixture;
import dev.aura.plugins.chat.store.jdbi.JdbiArchiveStore;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code aura chat export|import} against the real H2 store and a real index in a temp folder. */
class ExportImportCommandTest {
    @TempDir
    Path dir;

    private H2Store store;
    private ArchiveStore archives;
    private LuceneMessageIndex index;
    private JdbiAuditLog audit;

    @BeforeEach
    void open() {
        store = ChatStoreFixture.open(dir);
        archives = new JdbiArchiveStore(store.jdbi());
        index = LuceneMessageIndex.open(dir.resolve("chat-index"));
        audit = new JdbiAuditLog(store::jdbi, "cli");
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    @Test
    void jsonExportedToAFileImportsBackAsTheSameConversation() {
        UUID id = archives.importAll(List.of(SampleArchives.branched())).getFirst();
        Path file = dir.resolve("chiang-mai.json");

        Run export = export("export", id.toString(), "--format", "json", "-o", file.toString());
        Run imported = importFile(file.toString());

        assertThat(export.code()).isZero();
        assertThat(export.err()).contains("Exported 1 conversation to");
        assertThat(imported.code()).isZero();
        assertThat(imported.out())
                .contains("Imported 1 conversation (5 messages) from Aura JSON export chiang-mai.json");
        List<UUID> ids = archives.allConversationIds();
        assertThat(ids).hasSize(2);
        UUID copy = ids.stream().filter(each -> !each.equals(id)).findFirst().orElseThrow();
        assertThat(SampleArchives.withoutIds(archives.load(copy)))
                .isEqualTo(SampleArchives.withoutIds(archives.load(id)));
        index.refresh();
        assertThat(index.search("Doi Suthep", 10)).extracting(IndexHit::conversationId).contains(copy);
    }

    @Test
    void markdownGoesToStdoutAndAllConversationsToOneJsonFile() throws Exception {
        archives.importAll(List.of(SampleArchives.branched(), SampleArchives.failedOnly()));
        UUID first = archives.allConversationIds().getFirst();

        Run markdown = export("export", first.toString());
        Run all = export("export", "--all", "--format", "json");

        assertThat(markdown.code()).isZero();
        assertThat(markdown.out()).startsWith("# ").contains("### User");
        assertThat(all.code()).isZero();
        JsonNode json = Json.MAPPER.readTree(all.out());
        assertThat(json.path("format").asText()).isEqualTo("aura-chat");
        assertThat(json.path("conversations")).hasSize(2);
    }

    @Test
    void exitCodesTellUsageErrorsFromUnknownConversations() {
        assertThat(export("export", UUID.randomUUID().toString()).code()).isEqualTo(4);
        assertThat(export("export", UUID.randomUUID().toString()).err()).contains("aura chat list");
        assertThat(export("export", "not-an-id").code()).isEqualTo(2);
        assertThat(export("export").code()).isEqualTo(2);
        assertThat(export("export", "--all", "--format", "pdf").code()).isEqualTo(2);
        assertThat(export("export", "--all", "--format", "pdf").err()).contains("--format md or --format json");
    }

    @Test
    void aChatGptExportIsImportedAndSearchable() throws Exception {
        Path file = resource("chatgpt-conversations.json", "conversations.json");

        Run run = importFile(file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("Imported 2 conversations (8 messages) from ChatGPT export "
                + "conversations.json.\n");
        assertThat(audit.page(Long.MAX_VALUE, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("chat.imported");
            assertThat(entry.via()).isEqualTo("cli");
            assertThat(entry.subject()).isEqualTo("conversations.json");
            assertThat(entry.details()).isEqualTo("{\"conversations\":2,\"format\":\"ChatGPT export\",\"messages\":8}");
        });
        List<ConversationArchive> saved = archives.allConversationIds().stream().map(archives::load).toList();
        assertThat(saved).extracting(a -> a.conversation().title())
                .containsExactlyInAnyOrder("Thai greetings", "Imported conversation");
        ConversationArchive greetings = saved.stream()
                .filter(a -> a.conversation().title().equals("Thai greetings")).findFirst().orElseThrow();
        assertThat(greetings.messages()).hasSize(6);
        assertThat(greetings.conversation().currentLeafId()).isEqualTo(greetings.messages().getLast().id());
        index.refresh();
        assertThat(index.search("ขอบคุณ", 10)).hasSize(2);
    }

    @Test
    void aMalformedFileImportsNothingAndSaysWhere() throws Exception {
        Path file = resource("malformed-dangling-parent.json", "conversations.json");

        Run run = importFile(file.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("aura: Cannot import conversations.json at [1].mapping.abc.parent: "
                + "unknown node \"xyz\".");
        assertThat(run.out()).isEmpty();
        assertThat(archives.allConversationIds()).isEmpty();
        assertThat(index.documentCount()).isZero();
        assertThat(audit.count()).isZero();
    }

    @Test
    void aMissingFileIsAFailureNotACrash() {
        Run run = importFile(dir.resolve("nope.json").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("nope.json", "no such file");
    }

    private Path resource(String name, String as) throws Exception {
        Path file = dir.resolve(as);
        try (InputStream in = getClass().getResourceAsStream("/io/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private Run export(String... args) {
        return run(new ExportCommand(archives), args);
    }

    private Run importFile(String file) {
        return run(new ImportCommand(archives, index, new ChatAudit(audit)), "import", file);
    }

    /** As the integrator registers them: subcommands of {@code chat}. */
    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Parent()).addSubcommand(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {}

    @CommandLine.Command(name = "chat")
    static final class Parent implements Callable<Integer> {
        @Override
        public Integer call() {
            return 2;
        }
    }
}
