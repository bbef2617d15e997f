package dev.aura.plugins.chat.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.core.testing.ChatScript;
import dev.aura.plugins.chat.model.Attachment;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationThread;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.model.ThreadMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Asking, answering and branching against the fake Ollama, saved in a real store. */
class ChatServiceTest {
    @TempDir
    Path dir;

    private ChatFixture fx;
    private ChatService chat;

    @BeforeEach
    void open() {
        fx = new ChatFixture(dir, false);
        chat = fx.backend.chat();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Conversation conversation() {
        return chat.newConversation(null, "llama3.2", null);
    }

    static ChatMessage await(AnswerHandle handle) throws Exception {
        return handle.finished().get(20, TimeUnit.SECONDS);
    }

    private ChatMessage ask(Conversation c, String text) throws Exception {
        return await(chat.send(c.id(), text, List.of(), new RecordingAnswerListener()));
    }

    private static List<String> texts(ConversationThread thread) {
        return thread.messages().stream().map(m -> m.message().content()).toList();
    }

    @Test
    void sendStreamsTheAnswerAndSavesItWithItsFigures() throws Exception {
        Conversation c = conversation();
        RecordingAnswerListener listener = new RecordingAnswerListener();

        ChatMessage answer = await(chat.send(c.id(), "Hi there", List.of(), listener));

        assertThat(answer.status()).isEqualTo(MessageStatus.COMPLETE);
        assertThat(answer.content()).isEqualTo("Hello from fake Ollama.");
        assertThat(answer.model()).isEqualTo("llama3.2");
        assertThat(answer.figures().outputTokens()).isEqualTo(5);
        assertThat(answer.figures().promptTokens()).isEqualTo(26);
        assertThat(String.join("", listener.tokens)).isEqualTo("Hello from fake Ollama.");
        assertThat(listener.finished).containsExactly(answer);
        assertThat(listener.started.messages()).extracting(m -> m.message().status())
                .containsExactly(MessageStatus.COMPLETE, MessageStatus.STREAMING);
        ConversationThread thread = chat.open(c.id());
        assertThat(texts(thread)).containsExactly("Hi there", "Hello from fake Ollama.");
        assertThat(thread.conversation().currentLeafId()).isEqualTo(answer.id());
        assertThat(thread.conversation().title()).as("placeholder from the question").isEqualTo("Hi there");
        assertThat(fx.index.containsMessage(answer.id())).isTrue();
    }

    @Test
    void theModelGetsTheSystemPromptAndTheWholeBranch() throws Exception {
        Conversation c = conversation();
        fx.backend.conversations().updateSettings(c.id(), "llama3.2", null, "Answer in French.", c.parameters());
        ask(c, "First");

        ask(c, "Second");

        JsonNode messages = fx.ollama.lastRequest("/api/chat").orElseThrow().json().get("messages");
        assertThat(messages).extracting(m -> m.get("role").asText())
                .containsExactly("system", "user", "assistant", "user");
        assertThat(messages.get(0).get("content").asText()).isEqualTo("Answer in French.");
        assertThat(messages.get(3).get("content").asText()).isEqualTo("Second");
    }

    @Test
    void attachmentsGoToTheModelAsDelimitedTextAndAsImages() throws Exception {
        Conversation c = conversation();
        byte[] png = {1, 2, 3, 4};

        await(chat.send(c.id(), "Summarise", List.of(
                new Attachment(null, "notes.md", "text/markdown", 9, "Line one\n", null),
                new Attachment(null, "cat.png", "image/png", 4, null, png)), new RecordingAnswerListener()));

        JsonNode user = fx.ollama.lastRequest("/api/chat").orElseThrow().json().get("messages").get(0);
        assertThat(user.get("content").asText()).isEqualTo(
                "Summarise\n\n--- Attached file: notes.md ---\nLine one\n--- End of notes.md ---");
        assertThat(user.get("images").get(0).asText()).isEqualTo(Base64.getEncoder().encodeToString(png));
        assertThat(chat.open(c.id()).messages().getFirst().message().attachments()).hasSize(2);
    }

    @Test
    void regenerateKeepsBothAnswersAsAlternativesAndCanSwitchBack() throws Exception {
        Conversation c = conversation();
        ChatMessage first = ask(c, "Tell a joke");
        fx.ollama.enqueueChat(ChatScript.answer("Another", " joke"));

        ChatMessage second = await(chat.regenerate(first.id(), new RecordingAnswerListener()));

        ConversationThread thread = chat.open(c.id());
        ThreadMessage last = thread.messages().getLast();
        assertThat(last.message().id()).isEqualTo(second.id());
        assertThat(second.parentId()).isEqualTo(first.parentId());
        assertThat(last.siblingIndex()).isEqualTo(1);
        assertThat(last.siblingCount()).isEqualTo(2);
        JsonNode sent = fx.ollama.lastRequest("/api/chat").orElseThrow().json().get("messages");
        assertThat(sent).as("the old answer is not sent again").hasSize(1);

        ConversationThread back = chat.showAlternative(second.id(), 0);

        assertThat(back.messages().getLast().message().id()).isEqualTo(first.id());
        assertThat(back.messages().getLast().siblingIndex()).isZero();
        assertThat(chat.open(c.id()).messages().getLast().message().id()).as("remembered").isEqualTo(first.id());
    }

    @Test
    void editAndResendStartsANewBranchAndTheOldOneStaysReachable() throws Exception {
        Conversation c = conversation();
        ask(c, "Question one");
        ChatMessage oldLeaf = ask(c, "Question two");
        ChatMessage q1 = chat.open(c.id()).messages().getFirst().message();

        await(chat.editAndResend(q1.id(), "Question one, edited", new RecordingAnswerListener()));

        ConversationThread edited = chat.open(c.id());
        assertThat(texts(edited)).containsExactly("Question one, edited", "Hello from fake Ollama.");
        assertThat(edited.messages().getFirst().siblingIndex()).isEqualTo(1);
        assertThat(edited.messages().getFirst().siblingCount()).isEqualTo(2);

        ConversationThread old = chat.showAlternative(edited.messages().getFirst().message().id(), 0);

        assertThat(old.messages()).hasSize(4);
        assertThat(old.messages().getLast().message().id()).isEqualTo(oldLeaf.id());
    }

    @Test
    void deletingTheLastAnswerShowsTheBranchUpToItsQuestion() throws Exception {
        Conversation c = conversation();
        ChatMessage answer = ask(c, "Question");

        ConversationThread thread = chat.deleteMessage(answer.id());

        assertThat(texts(thread)).containsExactly("Question");
        assertThat(fx.index.containsMessage(answer.id())).isFalse();
    }

    @Test
    void ollamaDownFailsTheAnswerWithAMessageSayingWhatToDo() throws Exception {
        Conversation c = conversation();
        fx.ollama.stop();

        ChatMessage answer = ask(c, "Anyone there?");

        assertThat(answer.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(answer.errorKind()).isEqualTo("UNREACHABLE");
        assertThat(answer.errorMessage()).contains("not reachable").contains("ollama serve");
        assertThat(chat.open(c.id()).messages().getLast().message().status()).isEqualTo(MessageStatus.FAILED);
    }

    @Test
    void aModelThatIsNotInstalledFailsWithItsKind() throws Exception {
        Conversation c = chat.newConversation(null, "missing-model", null);

        ChatMessage answer = ask(c, "Hello");

        assertThat(answer.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(answer.errorKind()).isEqualTo("MODEL_NOT_FOUND");
    }

    @Test
    void disconnectMidAnswerKeepsThePartialText() throws Exception {
        Conversation c = conversation();
        fx.ollama.chatScript(ChatScript.answer("Hello", " from", " fake", " Ollama", ".").withDisconnectAfter(2));

        ChatMessage answer = ask(c, "Hi");

        assertThat(answer.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(answer.errorKind()).isEqualTo("DISCONNECTED");
        assertThat(answer.content()).isEqualTo("Hello from");
        assertThat(fx.backend.messages().find(answer.id()).orElseThrow().content()).isEqualTo("Hello from");
    }

    @Test
    void stopKeepsTheTextThatArrived() throws Exception {
        Conversation c = conversation();
        String[] tokens = new String[200];
        java.util.Arrays.fill(tokens, "word ");
        fx.ollama.chatScript(ChatScript.answer(tokens).withTokenDelay(Duration.ofMillis(20)));
        RecordingAnswerListener listener = new RecordingAnswerListener();
        AnswerHandle handle = chat.send(c.id(), "Talk a lot", List.of(), listener);
        assertThat(listener.firstToken.await(10, TimeUnit.SECONDS)).isTrue();

        handle.stop();
        ChatMessage answer = await(handle);

        assertThat(answer.status()).isEqualTo(MessageStatus.STOPPED);
        assertThat(answer.content()).startsWith("word ").hasSizeLessThan(200 * 5);
        assertThat(answer.errorMessage()).isNull();
    }

    @Test
    void retryOfAFailedAnswerIsANewAlternative() throws Exception {
        Conversation c = conversation();
        fx.ollama.stop();
        ChatMessage failed = ask(c, "Hi");
        fx.ollama.start();

        ChatMessage retried = await(chat.regenerate(failed.id(), new RecordingAnswerListener()));

        assertThat(retried.status()).isEqualTo(MessageStatus.COMPLETE);
        assertThat(chat.open(c.id()).messages().getLast().siblingCount()).isEqualTo(2);
    }

    @Test
    void answerCutOffByACrashIsShownInterruptedAfterRestart() throws Exception {
        Conversation c = conversation();
        ChatMessage q = ask(c, "Hi");
        var writer = fx.backend.messages().startAnswer(c.id(), q.id(), "llama3.2");
        writer.append("Half an ans");
        writer.flush();

        ChatService reopened = fx.reopen().chat();

        ChatMessage last = reopened.open(c.id()).messages().stream().map(ThreadMessage::message)
                .filter(m -> m.id().equals(writer.messageId())).findFirst().orElseThrow();
        assertThat(last.status()).isEqualTo(MessageStatus.INTERRUPTED);
        assertThat(last.content()).isEqualTo("Half an ans");
        assertThat(fx.index.containsMessage(writer.messageId())).isTrue();
    }

    @Test
    void searchJoinsTitlesAndSkipsTheTrash() throws Exception {
        Conversation kept = conversation();
        ask(kept, "Where is the banana bread recipe?");
        Conversation trashed = conversation();
        ask(trashed, "banana smoothie");
        fx.backend.conversations().trash(trashed.id());

        var hits = chat.search("banana", 10);

        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.conversationId()).isEqualTo(kept.id()));
        assertThat(hits).anySatisfy(h -> assertThat(h.conversationTitle()).startsWith("Where is the banana"));
        fx.backend.conversations().deletePermanently(kept.id());
        assertThat(chat.search("banana", 10)).isEmpty();
    }

    @Test
    void aCliRunBesideTheWindowLeavesTheWindowsLiveAnswerAlone() throws Exception {
        Conversation c = conversation();
        ChatMessage q = ask(c, "Hi");
        var live = fx.backend.messages().startAnswer(c.id(), q.id(), "llama3.2");

        ChatBackends.open(fx.store, fx.llm, fx.tasks, fx.settings, fx.index, java.util.Locale.ENGLISH, false);

        assertThat(fx.backend.messages().find(live.messageId()).orElseThrow().status())
                .isEqualTo(MessageStatus.STREAMING);
    }
}
