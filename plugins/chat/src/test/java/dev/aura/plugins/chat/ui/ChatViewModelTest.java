package dev.aura.plugins.chat.ui;

import dev.aura.plugins.api.testing.QueuedUiThread;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.testing.ChatScript;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.ChatParameters;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.model.Persona;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panel's view models over the real backend, without the JavaFX toolkit. */
class ChatViewModelTest {
    @TempDir Path dir;
    private ChatFixture fixture;
    private final QueuedUiThread ui = new QueuedUiThread();
    private ChatViewModel vm;

    @BeforeEach
    void open() throws Exception {
        fixture = new ChatFixture(dir, "llama3.2", "qwen2.5:7b");
        vm = fixture.viewModel(ui, Locale.ENGLISH);
        vm.load();
        ui.until(() -> vm.composer().modelsStateProperty().get() == ComposerViewModel.ModelsState.READY);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void sendingShowsTheQuestionAndTheSavedAnswerAndListsTheConversation() throws Exception {
        fixture.ollama.enqueueChat(ChatScript.answer("Hello", " there"));
        vm.composer().modelProperty().set("llama3.2:latest");
        vm.composer().draftProperty().set("Hi!");

        vm.send();

        assertThat(vm.composer().draftProperty().get()).as("the composer is emptied").isEmpty();
        ui.until(() -> !vm.conversation().isGenerating() && vm.conversation().items().size() == 2);
        ChatMessage answer = vm.conversation().items().getLast().message();
        assertThat(vm.conversation().items().getFirst().message().content()).isEqualTo("Hi!");
        assertThat(answer.content()).isEqualTo("Hello there");
        assertThat(answer.status()).isEqualTo(MessageStatus.COMPLETE);
        assertThat(answer.model()).isEqualTo("llama3.2:latest");
        ui.until(() -> vm.list().visible().size() == 1);
        assertThat(vm.list().visible().getFirst().id())
                .isEqualTo(vm.conversation().conversationProperty().get().id());
    }

    @Test
    void regeneratingKeepsTheFirstAnswerAsAnAlternative() throws Exception {
        fixture.ollama.enqueueChat(ChatScript.answer("first"));
        fixture.ollama.enqueueChat(ChatScript.answer("second"));
        ask("Question");
        MessageItem first = vm.conversation().items().getLast();

        vm.conversation().regenerate(first.message().id());
        ui.until(() -> !vm.conversation().isGenerating()
                && vm.conversation().items().getLast().message().content().equals("second"));
        assertThat(vm.conversation().items().getLast().entry().siblingIndex()).isEqualTo(1);
        assertThat(vm.conversation().items().getLast().entry().siblingCount()).isEqualTo(2);

        vm.conversation().showAlternative(vm.conversation().items().getLast().message().id(), 0);
        ui.until(() -> vm.conversation().items().getLast().message().content().equals("first"));
    }

    @Test
    void ollamaDownFailsTheAnswerWithAReasonAndRetryAnswersOnceItIsBack() throws Exception {
        vm.composer().modelProperty().set("llama3.2:latest");
        fixture.ollama.stop();
        vm.composer().draftProperty().set("Are you there?");
        vm.send();
        ui.until(() -> !vm.conversation().isGenerating() && vm.conversation().items().size() == 2);
        ChatMessage failed = vm.conversation().items().getLast().message();
        assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(failed.errorMessage()).isNotBlank();

        fixture.ollama.start();
        fixture.ollama.enqueueChat(ChatScript.answer("Yes."));
        vm.conversation().retry(failed.id());

        ui.until(() -> !vm.conversation().isGenerating()
                && vm.conversation().items().getLast().message().status() == MessageStatus.COMPLETE);
        assertThat(vm.conversation().items().getLast().message().content()).isEqualTo("Yes.");
    }

    @Test
    void aNewChatWithAPersonaStartsWithItsModel() throws Exception {
        vm.personas().save(new Persona(null, "Reviewer", "You review code.", "qwen2.5:7b",
                new ChatParameters(0.2, null, null, null, null)));
        ui.until(() -> vm.personas().personas().size() == 1);
        Persona reviewer = vm.personas().personas().getFirst();

        vm.newChat(reviewer);
        fixture.ollama.enqueueChat(ChatScript.answer("Looks fine."));
        vm.composer().draftProperty().set("Review this");
        vm.send();

        ui.until(() -> !vm.conversation().isGenerating() && vm.conversation().items().size() == 2);
        assertThat(vm.conversation().conversationProperty().get().personaId()).isEqualTo(reviewer.id());
        assertThat(vm.conversation().items().getLast().message().model()).isEqualTo("qwen2.5:7b");
        assertThat(fixture.ollama.lastRequest("/api/chat").orElseThrow().body()).contains("You review code.");
    }

    @Test
    void trashedConversationsCanBeRestoredOrEmptiedForGood() throws Exception {
        fixture.ollama.enqueueChat(ChatScript.answer("a"));
        ask("Keep me");
        var id = vm.conversation().conversationProperty().get().id();

        vm.list().trash(id);
        ui.until(() -> vm.list().visible().isEmpty());
        assertThat(vm.conversation().conversationProperty().get()).as("the open conversation closes").isNull();
        vm.list().showingTrashProperty().set(true);
        ui.until(() -> vm.list().visible().size() == 1);
        vm.list().restore(id);
        ui.until(() -> vm.list().visible().isEmpty());
        vm.list().showingTrashProperty().set(false);
        ui.until(() -> vm.list().visible().size() == 1);

        vm.list().trash(id);
        ui.until(() -> vm.list().visible().isEmpty());
        vm.list().showingTrashProperty().set(true);
        ui.until(() -> vm.list().visible().size() == 1);
        vm.list().emptyTrash();
        ui.until(() -> vm.list().visible().isEmpty());
        assertThat(fixture.backend.conversations().find(id)).isEmpty();
        assertThat(fixture.core.audit().page(Long.MAX_VALUE, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("chat.trash.emptied");
            assertThat(entry.details()).isEqualTo("{\"conversations\":1}");
        });
    }

    @Test
    void anExportedConversationImportsBackAsANewOne() throws Exception {
        fixture.ollama.enqueueChat(ChatScript.answer("Round trip."));
        ask("Export me");
        Path file = dir.resolve("chat.json");
        vm.transfers().exportConversation(vm.conversation().conversationProperty().get().id(), true, file);
        ui.until(() -> fixture.notifications.stream().anyMatch(n -> n.contains("Export finished")));

        vm.transfers().importFile(file, problem -> { throw new AssertionError(problem); });

        ui.until(() -> vm.list().visible().size() == 2
                && fixture.notifications.stream().anyMatch(n -> n.contains("Import finished")));
        ui.until(() -> vm.conversation().items().size() == 2
                && vm.conversation().items().getLast().message().content().equals("Round trip."));
        assertThat(fixture.core.audit().page(Long.MAX_VALUE, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("chat.imported");
            assertThat(entry.subject()).isEqualTo("chat.json");
            assertThat(entry.details()).isEqualTo("{\"conversations\":1,\"format\":\"Aura JSON export\",\"messages\":2}")
                    .doesNotContain("Round trip", "Export me");
        });
    }

    @Test
    void aMalformedImportSaysWhatIsWrongAndImportsNothing() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("broken.json"), "{\"format\":\"aura-chat\",");
        java.util.List<String> problems = new java.util.ArrayList<>();

        vm.transfers().importFile(file, problems::add);

        ui.until(() -> !problems.isEmpty());
        assertThat(problems.getFirst()).contains("broken.json");
        assertThat(fixture.backend.conversations().listActive()).isEmpty();
        assertThat(vm.errorProperty().get()).as("the dialog tells it, not the banner").isEmpty();
        assertThat(fixture.core.audit().count()).isZero();
    }

    private void ask(String question) throws InterruptedException {
        vm.composer().modelProperty().set("llama3.2:latest");
        vm.composer().draftProperty().set(question);
        vm.send();
        ui.until(() -> !vm.conversation().isGenerating() && vm.conversation().items().size() >= 2);
    }
}
