package dev.aura.plugins.chat.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationArchive;
import dev.aura.plugins.chat.model.MessageRole;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatGptImportTest {
    private ChatImport.Result result;

    @BeforeEach
    void importSample() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/io/chatgpt-conversations.json")) {
            result = new ChatImport().read(in, "conversations.json");
        }
    }

    @Test
    void detectsTheFormatAndKeepsTitlesAndTimes() {
        assertThat(result.format()).isEqualTo(ChatImport.Format.CHATGPT);
        assertThat(result.archives()).hasSize(2);
        Conversation first = result.archives().get(0).conversation();
        assertThat(first.title()).isEqualTo("Thai greetings");
        assertThat(first.titleSource()).isEqualTo(Conversation.TitleSource.IMPORTED);
        assertThat(first.createdAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_500L));
        assertThat(first.lastActivityAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_300_250L));
        assertThat(result.archives().get(1).conversation().title()).isEqualTo(ChatGptReader.UNTITLED);
    }

    @Test
    void keepsUserAndAssistantMessagesWithTheirBranchAndSkipsSystemAndToolNodes() {
        ConversationArchive archive = result.archives().get(0);
        assertThat(archive.messages()).hasSize(6);
        assertThat(archive.messages()).extracting(ChatMessage::role).doesNotContain(MessageRole.SYSTEM);

        ChatMessage hello = startingWith(archive, "How do I");
        ChatMessage thanks = startingWith(archive, "And than");
        assertThat(hello.parentId()).isNull();
        assertThat(hello.createdAt()).isEqualTo(Instant.ofEpochSecond(1_700_000_010L));
        assertThat(startingWith(archive, "สวัสดี").parentId()).isEqualTo(hello.id());
        assertThat(startingWith(archive, "สวัสดี").model()).isEqualTo("gpt-4");
        List<UUID> alternatives = archive.messages().stream().filter(m -> thanks.id().equals(m.parentId()))
                .map(ChatMessage::id).toList();
        assertThat(alternatives).hasSize(2);

        ChatMessage chart = startingWith(archive, "Here is ");
        ChatMessage formal = startingWith(archive, "ขอบคุณครับ");
        assertThat(chart.parentId()).as("re-parented past the tool call and its output").isEqualTo(formal.id());
        assertThat(chart.content()).contains("Here is how formal each one is.", "[An image was here");
        assertThat(archive.conversation().currentLeafId()).isEqualTo(chart.id());
        assertThat(archive.conversation().model()).isEqualTo("gpt-4o");
    }

    @Test
    void putsEveryParentBeforeItsChildren() {
        for (ConversationArchive archive : result.archives()) {
            List<UUID> seen = new java.util.ArrayList<>();
            for (ChatMessage m : archive.messages()) {
                assertThat(m.parentId() == null || seen.contains(m.parentId())).isTrue();
                assertThat(m.conversationId()).isEqualTo(archive.conversation().id());
                seen.add(m.id());
            }
        }
    }

    @Test
    void withoutACurrentNodeTheLatestMessageIsTheLeafAndTheDefaultModelIsUsed() {
        ConversationArchive second = result.archives().get(1);

        assertThat(second.messages()).extracting(ChatMessage::content).containsExactly("What is 2 + 2?", "4");
        assertThat(second.conversation().currentLeafId()).isEqualTo(second.messages().get(1).id());
        assertThat(second.conversation().model()).isEqualTo("gpt-4o-mini");
        assertThat(result.messageCount()).isEqualTo(8);
    }

    private static ChatMessage startingWith(ConversationArchive archive, String prefix) {
        return archive.messages().stream().filter(m -> m.content().startsWith(prefix)).findFirst().orElseThrow();
    }
}
