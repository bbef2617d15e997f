package dev.aura.plugins.chat.cli;

import dev.aura.plugins.api.testing.CliRun;
import dev.aura.plugins.api.testing.ManualInterrupts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.ollama.OllamaModelCatalog;
import dev.aura.core.testing.ChatScript;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.ConversationSummary;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.service.ChatFixture;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code aura chat ...} against the fake Ollama: streamed stdout, saved conversations, exit codes. */
class ChatCommandTest {
    @TempDir
    Path dir;

    private ChatFixture fx;
    private final ManualInterrupts interrupts = new ManualInterrupts();

    @BeforeEach
    void open() {
        fx = new ChatFixture(dir, false);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private ChatCommand command() {
        return new ChatCommand(fx.backend, new OllamaModelCatalog(new OllamaConnection(fx.ollama.url())),
                fx.settings, fx.tasks, new CliTexts(Locale.ENGLISH)).interrupts(interrupts).zone(ZoneOffset.UTC);
    }

    private CliRun run(String... args) {
        return CliRun.execute(command(), args);
    }

    private List<ChatMessage> messagesOf(UUID conversationId) {
        return fx.backend.messages().listByConversation(conversationId);
    }

    @Test
    void promptStreamsTheAnswerToStdoutAndSavesANewConversation() {
        CliRun run = run("What", "is", "up?");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Hello from fake Ollama.\n");
        List<ConversationSummary> saved = fx.backend.conversations().listActive();
        assertThat(saved).hasSize(1);
        assertThat(saved.getFirst().model()).as("the first installed model").isEqualTo("llama3.2:latest");
        assertThat(run.err()).contains(saved.getFirst().id().toString());
        assertThat(messagesOf(saved.getFirst().id())).extracting(ChatMessage::content)
                .containsExactly("What is up?", "Hello from fake Ollama.");
    }

    @Test
    void conversationOptionContinuesItWithItsModel() {
        run("-m", "llama3.2", "First");
        UUID id = fx.backend.conversations().listActive().getFirst().id();

        CliRun run = run("--conversation", id.toString(), "Second");

        assertThat(run.exitCode()).isZero();
        assertThat(fx.backend.conversations().listActive()).hasSize(1);
        assertThat(messagesOf(id)).extracting(ChatMessage::content)
                .containsExactly("First", "Hello from fake Ollama.", "Second", "Hello from fake Ollama.");
        JsonNode sent = fx.ollama.lastRequest("/api/chat").orElseThrow().json();
        assertThat(sent.get("model").asText()).isEqualTo("llama3.2");
        assertThat(sent.get("messages")).hasSize(3);
    }

    @Test
    void dashReadsThePromptFromStdinAndSystemSetsTheSystemPrompt() {
        ChatCommand command = command().stdin(new ByteArrayInputStream(
                "Summarise this\nplease\n".getBytes(StandardCharsets.UTF_8)));

        CliRun run = CliRun.execute(command, "--system", "Be terse.", "-");

        assertThat(run.exitCode()).isZero();
        JsonNode messages = fx.ollama.lastRequest("/api/chat").orElseThrow().json().get("messages");
        assertThat(messages.get(0).get("content").asText()).isEqualTo("Be terse.");
        assertThat(messages.get(1).get("content").asText()).isEqualTo("Summarise this\nplease");
    }

    @Test
    void ollamaDownExitsWithThree() {
        fx.ollama.stop();

        CliRun run = run("Hello");

        assertThat(run.exitCode()).isEqualTo(ChatCommand.UNREACHABLE);
        assertThat(run.err()).contains("aura: ").contains("not reachable");
    }

    @Test
    void ollamaDownMidRunKeepsTheQuestionAndTheFailedAnswer() {
        fx.ollama.stop();

        CliRun run = run("-m", "llama3.2", "Hello");

        assertThat(run.exitCode()).isEqualTo(ChatCommand.UNREACHABLE);
        UUID id = fx.backend.conversations().listActive().getFirst().id();
        assertThat(messagesOf(id).getLast().status()).isEqualTo(MessageStatus.FAILED);
    }

    @Test
    void unknownModelExitsWithFour() {
        CliRun run = run("-m", "nope", "Hello");

        assertThat(run.exitCode()).isEqualTo(ChatCommand.NOT_FOUND);
        assertThat(run.err()).contains("nope");
    }

    @Test
    void noInstalledModelExitsWithFourAndSaysHowToGetOne() {
        fx.ollama.removeModel("llama3.2");

        CliRun run = run("Hello");

        assertThat(run.exitCode()).isEqualTo(ChatCommand.NOT_FOUND);
        assertThat(run.err()).contains("aura models pull");
    }

    @Test
    void missingPromptOrUnknownConversationIsAUsageError() {
        assertThat(run().exitCode()).isEqualTo(ChatCommand.USAGE);
        assertThat(CliRun.execute(command().stdin(new ByteArrayInputStream(new byte[0])), "-").exitCode())
                .isEqualTo(ChatCommand.USAGE);
        CliRun unknown = run("--conversation", UUID.randomUUID().toString(), "Hi");
        assertThat(unknown.exitCode()).isEqualTo(ChatCommand.USAGE);
        assertThat(unknown.err()).contains("aura chat list");
    }

    @Test
    void ctrlCStopsTheAnswerKeepsItsTextAndExitsWith130() {
        String[] tokens = new String[100];
        Arrays.fill(tokens, "tick ");
        fx.ollama.chatScript(ChatScript.answer(tokens).withTokenDelay(Duration.ofMillis(20)));

        CliRun run = CliRun.watchingOut(command(), text -> {
            if (text.startsWith("tick")) {
                interrupts.interrupt();
            }
        }, "Count");

        assertThat(run.exitCode()).isEqualTo(ChatCommand.CANCELLED);
        assertThat(run.err()).contains("Stopped");
        UUID id = fx.backend.conversations().listActive().getFirst().id();
        ChatMessage answer = messagesOf(id).getLast();
        assertThat(answer.status()).isEqualTo(MessageStatus.STOPPED);
        assertThat(answer.content()).startsWith("tick").hasSizeLessThan(500);
    }

    @Test
    void listShowsConversationsAsATableAndAsJson() throws Exception {
        run("-m", "llama3.2", "Plan a trip");

        CliRun table = run("list");
        CliRun json = run("list", "--json");

        assertThat(table.exitCode()).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines.getFirst()).matches("ID +TITLE +MODEL +LAST ACTIVITY");
        assertThat(lines.get(1)).contains("Plan a trip").contains("llama3.2");
        JsonNode parsed = new ObjectMapper().readTree(json.out());
        assertThat(parsed.get(0).get("title").asText()).isEqualTo("Plan a trip");
        assertThat(parsed.get(0).get("id").asText()).isEqualTo(lines.get(1).split(" +")[0]);
        assertThat(parsed.get(0).get("pinned").asBoolean()).isFalse();
    }

    @Test
    void emptyListSaysHowToStart() {
        CliRun run = run("list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("aura chat");
    }

    @Test
    void helpDescribesThePromptAndTheSubcommandsInEnglishAndThai() {
        CliRun english = run("--help");
        ChatCommand thaiCommand = new ChatCommand(fx.backend, new OllamaModelCatalog(new OllamaConnection(
                fx.ollama.url())), fx.settings, fx.tasks, new CliTexts(Locale.forLanguageTag("th")));

        assertThat(english.exitCode()).isZero();
        assertThat(english.out()).contains("PROMPT").contains("--conversation").contains("list")
                .contains("conversation's model");
        assertThat(new CliTexts(Locale.forLanguageTag("th")).text("cli.chat.stopped")).contains("หยุดแล้ว");
        assertThat(thaiCommand.texts().text("cli.chat.noConversation", "x")).contains("'x'");
    }

    @Test
    void subcommandsAddedAsObjectsRunInsteadOfAPrompt() {
        StringWriter out = new StringWriter();
        CommandLine cli = command().withSubcommands(new Ping());
        cli.setOut(new PrintWriter(out, true));

        int code = cli.execute("ping", "twice");

        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo("pong twice\n");
        assertThat(fx.backend.conversations().listActive()).as("no prompt was sent").isEmpty();
    }

    @CommandLine.Command(name = "ping")
    static final class Ping implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters
        String word;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println("pong " + word);
            return 0;
        }
    }
}
