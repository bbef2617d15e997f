package dev.aura.plugins.chat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.core.util.Json;
import dev.aura.plugins.chat.model.ConversationArchive;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuraJsonRoundTripTest {
    private static final Instant EXPORTED = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void exportThenImportGivesTheSameConversationsWithNewIds() throws Exception {
        List<ConversationArchive> original = List.of(SampleArchives.branched(), SampleArchives.failedOnly());

        ChatImport.Result imported = importText(export(original));

        assertThat(imported.format()).isEqualTo(ChatImport.Format.AURA);
        assertThat(imported.messageCount()).isEqualTo(7);
        assertThat(imported.archives()).hasSize(2);
        for (int i = 0; i < original.size(); i++) {
            assertThat(SampleArchives.withoutIds(imported.archives().get(i)))
                    .isEqualTo(SampleArchives.withoutIds(original.get(i)));
            assertThat(imported.archives().get(i).conversation().id())
                    .isNotEqualTo(original.get(i).conversation().id());
        }
    }

    @Test
    void theFileIsVersionedAndKeepsTreesImagesAndSettings() throws Exception {
        JsonNode root = Json.MAPPER.readTree(export(List.of(SampleArchives.branched())));

        assertThat(root.path("format").asText()).isEqualTo("aura-chat");
        assertThat(root.path("version").asInt()).isEqualTo(1);
        JsonNode conversation = root.path("conversations").get(0);
        assertThat(conversation.path("parameters").path("temperature").asDouble()).isEqualTo(0.7);
        JsonNode messages = conversation.path("messages");
        assertThat(messages.get(1).path("parentId").asText()).isEqualTo(messages.get(0).path("id").asText());
        assertThat(messages.get(2).path("figures").path("outputTokens").asInt()).isEqualTo(17);
        assertThat(messages.get(3).path("attachments").get(1).path("imageBase64").asText()).isEqualTo("iVBORw==");
        assertThat(messages.get(4).path("status").asText()).isEqualTo("stopped");
    }

    @Test
    void aNewerFormatVersionIsRefusedWithWhatToDo() {
        String newer = "{\"format\":\"aura-chat\",\"version\":2,\"conversations\":[]}";

        assertThatThrownBy(() -> importText(newer)).isInstanceOf(ChatImportException.class)
                .hasMessageContaining("at version").hasMessageContaining("update Aura");
    }

    @Test
    void aParentThatLoopsIsAnErrorAtThatMessage() {
        String loop = """
                {"format":"aura-chat","version":1,"conversations":[{"title":"t","messages":[
                  {"id":"a","parentId":"b","role":"user","content":"x"},
                  {"id":"b","parentId":"a","role":"assistant","content":"y"}]}]}""";

        assertThatThrownBy(() -> importText(loop)).isInstanceOf(ChatImportException.class)
                .satisfies(e -> assertThat(((ChatImportException) e).where())
                        .isEqualTo("conversations[0].messages[0].parentId"));
    }

    private static String export(List<ConversationArchive> archives) throws Exception {
        StringWriter out = new StringWriter();
        AuraJsonWriter.write(archives, EXPORTED, out);
        return out.toString();
    }

    private static ChatImport.Result importText(String json) throws Exception {
        return new ChatImport().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "export.json");
    }
}
