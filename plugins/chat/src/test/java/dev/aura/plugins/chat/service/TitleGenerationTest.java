package dev.aura.plugins.chat.service;

import static dev.aura.plugins.chat.service.ChatServiceTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.testing.ChatScript;
import dev.aura.plugins.chat.model.Conversation;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TitleGenerationTest {
    @TempDir
    Path dir;

    private ChatFixture fx;
    private final List<UUID> changed = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        fx = new ChatFixture(dir, true);
        fx.backend.chat().onConversationChanged(changed::add);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Conversation askOnce() throws Exception {
        Conversation c = fx.backend.chat().newConversation(null, "llama3.2", null);
        await(fx.backend.chat().send(c.id(), "How do I get to Kyoto from Osaka?", List.of(),
                new RecordingAnswerListener()));
        return fx.backend.conversations().find(c.id()).orElseThrow();
    }

    @Test
    void titleIsGeneratedAfterTheFirstExchangeAndListenersHearOfIt() throws Exception {
        fx.ollama.enqueueChat(ChatScript.answer("Take", " the", " train."));
        fx.ollama.enqueueChat(ChatScript.answer("\"Title: Osaka to Kyoto", " by Train.\"\n"));

        Conversation c = askOnce();

        assertThat(c.title()).isEqualTo("Osaka to Kyoto by Train");
        assertThat(c.titleSource()).isEqualTo(Conversation.TitleSource.GENERATED);
        assertThat(changed).containsExactly(c.id());
        String titleRequest = fx.ollama.lastRequest("/api/chat").orElseThrow().body();
        assertThat(titleRequest).contains("3-6 word title").contains("How do I get to Kyoto");
        assertThat(fx.backend.chat().search("train", 5)).anySatisfy(h -> assertThat(h.messageId()).isNull());
    }

    @Test
    void failedTitleCallKeepsThePlaceholder() throws Exception {
        fx.ollama.enqueueChat(ChatScript.answer("Take", " the", " train."));
        fx.ollama.enqueueChat(ChatScript.answer("x").withHttpError(500, "{\"error\":\"out of memory\"}"));

        Conversation c = askOnce();

        assertThat(c.title()).isEqualTo("How do I get to Kyoto from Osaka?");
        assertThat(c.titleSource()).isEqualTo(Conversation.TitleSource.PLACEHOLDER);
        assertThat(changed).isEmpty();
    }

    @Test
    void aTitleTheUserTypedIsNeverReplaced() throws Exception {
        Conversation c = fx.backend.chat().newConversation(null, "llama3.2", null);
        fx.backend.conversations().rename(c.id(), "My trip", Conversation.TitleSource.USER);
        int before = fx.ollama.requests("/api/chat").size();

        await(fx.backend.chat().send(c.id(), "Hi", List.of(), new RecordingAnswerListener()));

        assertThat(fx.backend.conversations().find(c.id()).orElseThrow().title()).isEqualTo("My trip");
        assertThat(fx.ollama.requests("/api/chat")).hasSize(before + 1);
    }

    @Test
    void titlesTurnedOffMakeNoExtraCall() throws Exception {
        fx.settings.putBoolean(ChatBackends.TITLES_SETTING, false);

        Conversation c = askOnce();

        assertThat(c.titleSource()).isEqualTo(Conversation.TitleSource.PLACEHOLDER);
        assertThat(fx.ollama.requests("/api/chat")).hasSize(1);
    }
}
