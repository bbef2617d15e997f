package dev.aura.plugins.chat.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.store.H2Store;
import dev.aura.plugins.chat.model.Attachment;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.MessageFigures;
import dev.aura.plugins.chat.model.MessageRole;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.store.jdbi.JdbiConversationRepository;
import dev.aura.plugins.chat.store.jdbi.JdbiMessageRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageRepositoryTest {
    @TempDir
    Path dir;

    private H2Store store;
    private MessageRepository messages;
    private UUID conversationId;

    @BeforeEach
    void open() {
        reopen();
        conversationId = new JdbiConversationRepository(store.jdbi())
                .create(ConversationRepositoryTest.draft("chat")).id();
    }

    private void reopen() {
        store = ChatStoreFixture.open(dir);
        messages = new JdbiMessageRepository(store.jdbi());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ChatMessage user(UUID parent, String text, Attachment... attachments) {
        return messages.insert(new ChatMessage(null, conversationId, parent, MessageRole.USER, text,
                MessageStatus.COMPLETE, null, null, null, null, List.of(attachments), null));
    }

    @Test
    void insertedMessageComesBackWithItsTextAndImageAttachments() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        ChatMessage saved = user(null, "What is in these?",
                new Attachment(null, "notes.md", "text/markdown", 11, "# Notes\nhi", null),
                new Attachment(null, "cat.png", "image/png", png.length, null, png));

        ChatMessage found = messages.find(saved.id()).orElseThrow();

        assertThat(found.content()).isEqualTo("What is in these?");
        assertThat(found.createdAt()).isNotNull();
        assertThat(found.attachments()).hasSize(2);
        assertThat(found.attachments().get(0).text()).isEqualTo("# Notes\nhi");
        assertThat(found.attachments().get(0).isImage()).isFalse();
        assertThat(found.attachments().get(1).imageData()).isEqualTo(png);
        assertThat(messages.listByConversation(conversationId).getFirst().attachments()).hasSize(2);
    }

    @Test
    void conversationListsEveryBranchInCreationOrder() {
        ChatMessage q = user(null, "q");
        ChatMessage a1 = user(q.id(), "a1");
        ChatMessage a2 = user(q.id(), "a2");
        ChatMessage q2 = user(a1.id(), "q2");

        assertThat(messages.listByConversation(conversationId)).extracting(ChatMessage::id)
                .containsExactly(q.id(), a1.id(), a2.id(), q2.id());
    }

    @Test
    void deletingAMessageMovesItsChildrenUpToItsParent() {
        ChatMessage q = user(null, "q");
        ChatMessage a = user(q.id(), "a");
        ChatMessage q2 = user(a.id(), "q2");

        messages.delete(a.id());

        assertThat(messages.find(a.id())).isEmpty();
        assertThat(messages.find(q2.id()).orElseThrow().parentId()).isEqualTo(q.id());
        assertThat(messages.listByConversation(conversationId)).extracting(ChatMessage::content)
                .containsExactly("q", "q2");
    }

    @Test
    void answerFlushesAreSmallRowsWithoutChangeLogAndFinishWritesTheWholeTextOnce() {
        ChatMessage q = user(null, "q");
        int changesBefore = ChatStoreFixture.changeLogRows(store, "chat_message");
        AnswerWriter writer = messages.startAnswer(conversationId, q.id(), "llama3.2");
        assertThat(messages.find(writer.messageId()).orElseThrow().status()).isEqualTo(MessageStatus.STREAMING);

        writer.append("Hello");
        writer.append(", ");
        writer.flush();
        writer.flush();
        writer.append("world");
        writer.flush();

        assertThat(ChatStoreFixture.partRows(store)).isEqualTo(2);
        assertThat(ChatStoreFixture.changeLogRows(store, "chat_message")).isEqualTo(changesBefore + 1);
        assertThat(messages.find(writer.messageId()).orElseThrow().content()).isEmpty();

        ChatMessage done = writer.finish(MessageStatus.COMPLETE, new MessageFigures(12, 3, 40L, 55.5, 900L), null, null);

        assertThat(done.content()).isEqualTo("Hello, world");
        assertThat(done.status()).isEqualTo(MessageStatus.COMPLETE);
        assertThat(done.model()).isEqualTo("llama3.2");
        assertThat(done.parentId()).isEqualTo(q.id());
        assertThat(done.figures()).isEqualTo(new MessageFigures(12, 3, 40L, 55.5, 900L));
        assertThat(ChatStoreFixture.partRows(store)).isZero();
        assertThat(ChatStoreFixture.changeLogRows(store, "chat_message")).isEqualTo(changesBefore + 2);
    }

    @Test
    void failedAnswerKeepsItsTextAndSaysWhatHappened() {
        ChatMessage q = user(null, "q");
        AnswerWriter writer = messages.startAnswer(conversationId, q.id(), "llama3.2");
        writer.append("Partial");

        ChatMessage failed = writer.finish(MessageStatus.FAILED, MessageFigures.NONE, "DISCONNECTED",
                "The connection closed. Try again.");

        ChatMessage found = messages.find(failed.id()).orElseThrow();
        assertThat(found.content()).isEqualTo("Partial");
        assertThat(found.errorKind()).isEqualTo("DISCONNECTED");
        assertThat(found.errorMessage()).isEqualTo("The connection closed. Try again.");
    }

    @Test
    void answerAbandonedByACrashIsInterruptedWithItsSavedTextAtTheNextStart() {
        ChatMessage q = user(null, "q");
        AnswerWriter writer = messages.startAnswer(conversationId, q.id(), "llama3.2");
        writer.append("The first ");
        writer.flush();
        writer.append("two batches");
        writer.flush();
        writer.append(" and text never flushed");
        store.close(); // the process dies: the writer is never finished

        reopen();
        assertThat(messages.markInterrupted()).isEqualTo(1);

        ChatMessage found = messages.find(writer.messageId()).orElseThrow();
        assertThat(found.status()).isEqualTo(MessageStatus.INTERRUPTED);
        assertThat(found.content()).isEqualTo("The first two batches");
        assertThat(ChatStoreFixture.partRows(store)).isZero();
        assertThat(messages.markInterrupted()).isZero();
    }
}
