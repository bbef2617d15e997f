package dev.aura.plugins.chat.io;

import static dev.aura.plugins.chat.io.JsonFields.path;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.plugins.chat.model.Attachment;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.ChatParameters;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.Conversation.TitleSource;
import dev.aura.plugins.chat.model.ConversationArchive;
import dev.aura.plugins.chat.model.MessageFigures;
import dev.aura.plugins.chat.model.MessageRole;
import dev.aura.plugins.chat.model.MessageStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads {@link AuraJsonWriter}'s format back, checking everything before returning anything. Ids are replaced by
 * fresh ones (the store assigns its own anyway); persona and folder ids are dropped, as they name rows of the
 * exporting profile.
 */
final class AuraJsonReader {
    private AuraJsonReader() {}

    static List<ConversationArchive> read(JsonNode root, Instant now) {
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToInt()) {
            throw new ChatImportException("version", version == null ? "is missing" : "expected a whole number, found "
                    + JsonFields.describe(version));
        }
        if (version.intValue() > AuraJsonWriter.VERSION) {
            throw new ChatImportException("version", "the file was written by a newer Aura (format version "
                    + version.intValue() + ", this one reads up to " + AuraJsonWriter.VERSION + "); update Aura");
        }
        JsonNode conversations = JsonFields.array(root, "conversations", "", true);
        List<ConversationArchive> archives = new ArrayList<>(conversations.size());
        for (int i = 0; i < conversations.size(); i++) {
            String path = path("conversations", i);
            JsonNode item = conversations.get(i);
            if (!item.isObject()) {
                throw JsonFields.wrongType(path, "an object", item);
            }
            archives.add(conversation(item, path, now));
        }
        return archives;
    }

    private static ConversationArchive conversation(JsonNode json, String path, Instant now) {
        UUID id = UUID.randomUUID();
        JsonNode messagesJson = JsonFields.array(json, "messages", path, true);
        Map<String, UUID> newIds = new HashMap<>();
        Map<String, ChatMessage> byFileId = new HashMap<>();
        List<TreeOrder.Node<String>> nodes = new ArrayList<>();
        for (int i = 0; i < messagesJson.size(); i++) {
            String messagePath = path(path(path, "messages"), i);
            JsonNode item = messagesJson.get(i);
            if (!item.isObject()) {
                throw JsonFields.wrongType(messagePath, "an object", item);
            }
            String fileId = JsonFields.text(item, "id", messagePath, true);
            if (newIds.putIfAbsent(fileId, UUID.randomUUID()) != null) {
                throw new ChatImportException(path(messagePath, "id"), "\"" + fileId + "\" is used by two messages");
            }
            String parent = JsonFields.text(item, "parentId", messagePath, false);
            ChatMessage message = message(item, messagePath, id, newIds.get(fileId), now);
            byFileId.put(fileId, message);
            nodes.add(new TreeOrder.Node<>(fileId, parent, message.createdAt(), i));
        }
        List<ChatMessage> messages = new ArrayList<>(nodes.size());
        for (TreeOrder.Node<String> node : TreeOrder.order(nodes,
                n -> path(path(path(path, "messages"), n.position()), "parentId"))) {
            ChatMessage m = byFileId.get(node.key());
            messages.add(new ChatMessage(m.id(), id, node.parent() == null ? null : newIds.get(node.parent()),
                    m.role(), m.content(), m.status(), m.model(), m.figures(), m.errorKind(), m.errorMessage(),
                    m.attachments(), m.createdAt()));
        }
        String leaf = JsonFields.text(json, "currentLeafId", path, false);
        if (leaf != null && !newIds.containsKey(leaf)) {
            throw new ChatImportException(path(path, "currentLeafId"), "unknown message \"" + leaf + "\"");
        }
        Instant createdAt = JsonFields.instant(json, "createdAt", path, false);
        if (createdAt == null) {
            createdAt = messages.isEmpty() ? now : messages.getFirst().createdAt();
        }
        Instant lastActivity = JsonFields.instant(json, "lastActivityAt", path, false);
        Conversation conversation = new Conversation(id,
                JsonFields.text(json, "title", path, true),
                JsonFields.enumValue(json, "titleSource", path, TitleSource.class, TitleSource.IMPORTED),
                JsonFields.text(json, "model", path, false),
                null,
                JsonFields.text(json, "systemPrompt", path, false),
                parameters(JsonFields.object(json, "parameters", path, false), path(path, "parameters")),
                null,
                Boolean.TRUE.equals(JsonFields.bool(json, "pinned", path)),
                leaf == null ? null : newIds.get(leaf),
                createdAt,
                lastActivity == null ? createdAt : lastActivity,
                JsonFields.instant(json, "trashedAt", path, false));
        return new ConversationArchive(conversation, messages);
    }

    private static ChatMessage message(JsonNode json, String path, UUID conversationId, UUID id, Instant now) {
        String content = JsonFields.text(json, "content", path, true);
        Instant createdAt = JsonFields.instant(json, "createdAt", path, false);
        MessageRole role = JsonFields.enumValue(json, "role", path, MessageRole.class, null);
        if (role == null) {
            throw new ChatImportException(path(path, "role"), "is missing");
        }
        return new ChatMessage(id, conversationId, null, role, content,
                JsonFields.enumValue(json, "status", path, MessageStatus.class, MessageStatus.COMPLETE),
                JsonFields.text(json, "model", path, false),
                figures(JsonFields.object(json, "figures", path, false), path(path, "figures")),
                JsonFields.text(json, "errorKind", path, false),
                JsonFields.text(json, "errorMessage", path, false),
                attachments(JsonFields.array(json, "attachments", path, false), path(path, "attachments")),
                createdAt == null ? now : createdAt);
    }

    private static ChatParameters parameters(JsonNode json, String path) {
        if (json == null) {
            return ChatParameters.DEFAULTS;
        }
        return new ChatParameters(JsonFields.number(json, "temperature", path), JsonFields.number(json, "topP", path),
                JsonFields.smallInteger(json, "contextLength", path), JsonFields.smallInteger(json, "seed", path),
                JsonFields.text(json, "keepAlive", path, false));
    }

    private static MessageFigures figures(JsonNode json, String path) {
        if (json == null) {
            return MessageFigures.NONE;
        }
        return new MessageFigures(JsonFields.smallInteger(json, "promptTokens", path),
                JsonFields.smallInteger(json, "outputTokens", path),
                JsonFields.integer(json, "timeToFirstTokenMs", path),
                JsonFields.number(json, "tokensPerSecond", path), JsonFields.integer(json, "durationMs", path));
    }

    private static List<Attachment> attachments(JsonNode json, String path) {
        if (json == null) {
            return List.of();
        }
        List<Attachment> attachments = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            String itemPath = path(path, i);
            JsonNode item = json.get(i);
            if (!item.isObject()) {
                throw JsonFields.wrongType(itemPath, "an object", item);
            }
            String text = JsonFields.text(item, "text", itemPath, false);
            byte[] image = JsonFields.base64(item, "imageBase64", itemPath);
            Long size = JsonFields.integer(item, "sizeBytes", itemPath);
            long sizeBytes = size != null ? size : image != null ? image.length : text == null ? 0 : text.length();
            attachments.add(new Attachment(null, JsonFields.text(item, "name", itemPath, true),
                    JsonFields.text(item, "mediaType", itemPath, false),
                    sizeBytes, text, image));
        }
        return attachments;
    }
}
