package dev.aura.plugins.chat.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aura.core.util.Json;
import dev.aura.plugins.chat.model.Attachment;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.ChatParameters;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationArchive;
import dev.aura.plugins.chat.model.MessageFigures;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Our JSON export: {@code {"format":"aura-chat","version":1,"conversations":[...]}} with every message of every
 * branch (parent ids), its status, model, figures and attachments (text inline, images base64), and each
 * conversation's settings. Null values are left out. {@link AuraJsonReader} reads it back.
 */
public final class AuraJsonWriter {
    public static final String FORMAT = "aura-chat";
    public static final int VERSION = 1;

    private AuraJsonWriter() {}

    public static void write(List<ConversationArchive> archives, Instant exportedAt, Writer out) throws IOException {
        Json.PRETTY.writeValue(new NonClosingWriter(out), toJson(archives, exportedAt));
        out.write('\n');
        out.flush();
    }

    static ObjectNode toJson(List<ConversationArchive> archives, Instant exportedAt) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("exportedAt", exportedAt.toString());
        ArrayNode conversations = root.putArray("conversations");
        for (ConversationArchive archive : archives) {
            conversations.add(conversation(archive));
        }
        return root;
    }

    private static ObjectNode conversation(ConversationArchive archive) {
        Conversation c = archive.conversation();
        ObjectNode json = Json.MAPPER.createObjectNode();
        put(json, "id", c.id());
        put(json, "title", c.title());
        put(json, "titleSource", lower(c.titleSource()));
        put(json, "model", c.model());
        put(json, "personaId", c.personaId());
        put(json, "systemPrompt", c.systemPrompt());
        ObjectNode parameters = parameters(c.parameters());
        if (!parameters.isEmpty()) {
            json.set("parameters", parameters);
        }
        put(json, "folderId", c.folderId());
        json.put("pinned", c.pinned());
        put(json, "currentLeafId", c.currentLeafId());
        put(json, "createdAt", c.createdAt());
        put(json, "lastActivityAt", c.lastActivityAt());
        put(json, "trashedAt", c.trashedAt());
        ArrayNode messages = json.putArray("messages");
        for (ChatMessage message : archive.messages()) {
            messages.add(message(message));
        }
        return json;
    }

    private static ObjectNode parameters(ChatParameters p) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        put(json, "temperature", p.temperature());
        put(json, "topP", p.topP());
        put(json, "contextLength", p.contextLength());
        put(json, "seed", p.seed());
        put(json, "keepAlive", p.keepAlive());
        return json;
    }

    private static ObjectNode message(ChatMessage m) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        put(json, "id", m.id());
        put(json, "parentId", m.parentId());
        put(json, "role", lower(m.role()));
        put(json, "status", lower(m.status()));
        put(json, "model", m.model());
        json.put("content", m.content() == null ? "" : m.content());
        put(json, "createdAt", m.createdAt());
        ObjectNode figures = figures(m.figures());
        if (!figures.isEmpty()) {
            json.set("figures", figures);
        }
        put(json, "errorKind", m.errorKind());
        put(json, "errorMessage", m.errorMessage());
        if (!m.attachments().isEmpty()) {
            ArrayNode attachments = json.putArray("attachments");
            for (Attachment a : m.attachments()) {
                ObjectNode item = attachments.addObject();
                put(item, "name", a.name());
                put(item, "mediaType", a.mediaType());
                item.put("sizeBytes", a.sizeBytes());
                put(item, "text", a.text());
                if (a.imageData() != null) {
                    item.put("imageBase64", Base64.getEncoder().encodeToString(a.imageData()));
                }
            }
        }
        return json;
    }

    private static ObjectNode figures(MessageFigures f) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        put(json, "promptTokens", f.promptTokens());
        put(json, "outputTokens", f.outputTokens());
        put(json, "timeToFirstTokenMs", f.timeToFirstTokenMs());
        put(json, "tokensPerSecond", f.tokensPerSecond());
        put(json, "durationMs", f.durationMs());
        return json;
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static void put(ObjectNode json, String field, Object value) {
        switch (value) {
            case null -> { }
            case String s -> json.put(field, s);
            case Integer i -> json.put(field, i);
            case Long l -> json.put(field, l);
            case Double d -> json.put(field, d);
            default -> json.put(field, value.toString());
        }
    }

    /** Jackson closes the writer it is given; the caller owns {@code out} (it may be stdout). */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
