package dev.aura.plugins.chat.io;

import static dev.aura.plugins.chat.io.JsonFields.path;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.ChatParameters;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationArchive;
import dev.aura.plugins.chat.model.MessageRole;
import dev.aura.plugins.chat.model.MessageStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a ChatGPT data export's {@code conversations.json}: an array of conversations whose {@code mapping} holds a
 * tree of nodes ({@code id, message, parent, children}). User and assistant messages are kept with their branches;
 * system, tool and hidden nodes are dropped and their children re-parented to the nearest kept ancestor. Parts that
 * are not text (images, files) become a short note. {@code current_node} becomes the current leaf.
 */
final class ChatGptReader {
    static final String UNTITLED = "Imported conversation";
    /** Content that is the model's scratch work or hidden context, not part of the conversation a user saw. */
    private static final Set<String> HIDDEN_CONTENT = Set.of("thoughts", "reasoning_recap", "user_editable_context",
            "model_editable_context", "system_error", "execution_output", "tether_browsing_display");

    private ChatGptReader() {}

    static List<ConversationArchive> read(JsonNode root, Instant now) {
        if (root.isObject()) {
            return List.of(conversation(root, "", now));
        }
        List<ConversationArchive> archives = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            String path = path("", i);
            JsonNode item = root.get(i);
            if (!item.isObject()) {
                throw JsonFields.wrongType(path, "a conversation object", item);
            }
            archives.add(conversation(item, path, now));
        }
        return archives;
    }

    private record Kept(MessageRole role, String text, String model, Instant createdAt) {}

    private static ConversationArchive conversation(JsonNode json, String path, Instant now) {
        String title = JsonFields.text(json, "title", path, false);
        Instant created = seconds(json, "create_time", path);
        Instant updated = seconds(json, "update_time", path);
        JsonNode mapping = JsonFields.object(json, "mapping", path, true);
        String mappingPath = path(path, "mapping");

        Map<String, String> parents = new LinkedHashMap<>();
        Map<String, Kept> kept = new HashMap<>();
        mapping.properties().forEach(entry -> {
            String nodePath = path(mappingPath, entry.getKey());
            JsonNode node = entry.getValue();
            if (!node.isObject()) {
                throw JsonFields.wrongType(nodePath, "a node object", node);
            }
            String parent = JsonFields.text(node, "parent", nodePath, false);
            if (parent != null && !mapping.has(parent)) {
                throw new ChatImportException(path(nodePath, "parent"), "unknown node \"" + parent + "\"");
            }
            checkChildren(node, nodePath, mapping);
            parents.put(entry.getKey(), parent);
            Kept message = message(JsonFields.object(node, "message", nodePath, false), path(nodePath, "message"));
            if (message != null) {
                kept.put(entry.getKey(), message);
            }
        });
        checkNoLoops(parents, mappingPath);

        Map<String, String> keptParent = new HashMap<>();
        List<TreeOrder.Node<String>> nodes = new ArrayList<>();
        int position = 0;
        for (String key : parents.keySet()) {
            if (kept.containsKey(key)) {
                String parent = keptAncestorOrSelf(parents.get(key), parents, kept);
                keptParent.put(key, parent);
                nodes.add(new TreeOrder.Node<>(key, parent, kept.get(key).createdAt(), position++));
            }
        }
        List<TreeOrder.Node<String>> ordered = TreeOrder.order(nodes, n -> path(path(mappingPath, n.key()), "parent"));

        UUID id = UUID.randomUUID();
        Map<String, UUID> ids = new HashMap<>();
        List<ChatMessage> messages = new ArrayList<>(ordered.size());
        Instant fallbackTime = created != null ? created : now;
        for (TreeOrder.Node<String> node : ordered) {
            UUID messageId = UUID.randomUUID();
            ids.put(node.key(), messageId);
            Kept k = kept.get(node.key());
            messages.add(new ChatMessage(messageId, id, node.parent() == null ? null : ids.get(node.parent()),
                    k.role(), k.text(), MessageStatus.COMPLETE, k.model(), null, null, null, List.of(),
                    k.createdAt() != null ? k.createdAt() : fallbackTime));
        }

        String current = JsonFields.text(json, "current_node", path, false);
        if (current != null && !mapping.has(current)) {
            throw new ChatImportException(path(path, "current_node"), "unknown node \"" + current + "\"");
        }
        String leaf = current != null ? keptAncestorOrSelf(current, parents, kept)
                : ordered.isEmpty() ? null : ordered.getLast().key();
        Instant createdAt = created != null ? created : messages.isEmpty() ? now : messages.getFirst().createdAt();
        Conversation conversation = new Conversation(id, title == null || title.isBlank() ? UNTITLED : title.strip(),
                Conversation.TitleSource.IMPORTED, model(json, path, leaf, keptParent, kept), null, null,
                ChatParameters.DEFAULTS, null, false, leaf == null ? null : ids.get(leaf), createdAt,
                updated != null ? updated : createdAt, null);
        return new ConversationArchive(conversation, messages);
    }

    private static void checkChildren(JsonNode node, String nodePath, JsonNode mapping) {
        JsonNode children = JsonFields.array(node, "children", nodePath, false);
        if (children == null) {
            return;
        }
        for (int c = 0; c < children.size(); c++) {
            JsonNode child = children.get(c);
            String childPath = path(path(nodePath, "children"), c);
            if (!child.isTextual()) {
                throw JsonFields.wrongType(childPath, "a node id", child);
            }
            if (!mapping.has(child.textValue())) {
                throw new ChatImportException(childPath, "unknown node \"" + child.textValue() + "\"");
            }
        }
    }

    private static void checkNoLoops(Map<String, String> parents, String mappingPath) {
        for (String start : parents.keySet()) {
            String at = parents.get(start);
            for (int steps = 0; at != null; steps++) {
                if (steps > parents.size() || at.equals(start)) {
                    throw new ChatImportException(path(path(mappingPath, start), "parent"),
                            "the chain of parents loops back to this node");
                }
                at = parents.get(at);
            }
        }
    }

    private static String keptAncestorOrSelf(String key, Map<String, String> parents, Map<String, Kept> kept) {
        String at = key;
        while (at != null && !kept.containsKey(at)) {
            at = parents.get(at);
        }
        return at;
    }

    /** The conversation's model: the export's default, else the model of the last answer on the current branch. */
    private static String model(JsonNode json, String path, String leaf, Map<String, String> keptParent,
            Map<String, Kept> kept) {
        String slug = JsonFields.text(json, "default_model_slug", path, false);
        for (String at = leaf; slug == null && at != null; at = keptParent.get(at)) {
            slug = kept.get(at).model();
        }
        return slug;
    }

    /** The message as we keep it, or null when it is not one a user saw in the conversation. */
    private static Kept message(JsonNode message, String path) {
        if (message == null) {
            return null;
        }
        JsonNode author = JsonFields.object(message, "author", path, true);
        String role = JsonFields.text(author, "role", path(path, "author"), true);
        JsonNode metadata = JsonFields.object(message, "metadata", path, false);
        String metadataPath = path(path, "metadata");
        boolean hidden = metadata != null
                && Boolean.TRUE.equals(JsonFields.bool(metadata, "is_visually_hidden_from_conversation", metadataPath));
        String recipient = JsonFields.text(message, "recipient", path, false);
        boolean toolCall = recipient != null && !recipient.equals("all");
        MessageRole kind = switch (role) {
            case "user" -> MessageRole.USER;
            case "assistant" -> MessageRole.ASSISTANT;
            default -> null;
        };
        if (kind == null || hidden || toolCall) {
            return null;
        }
        String text = ChatGptContent.text(JsonFields.object(message, "content", path, true), path(path, "content"),
                HIDDEN_CONTENT);
        if (text == null || text.isBlank()) {
            return null;
        }
        String model = kind == MessageRole.ASSISTANT && metadata != null
                ? JsonFields.text(metadata, "model_slug", metadataPath, false) : null;
        return new Kept(kind, text, model, seconds(message, "create_time", path));
    }

    /** ChatGPT's times are seconds since 1970 with a fraction. */
    private static Instant seconds(JsonNode json, String field, String path) {
        Double value = JsonFields.number(json, field, path);
        return value == null ? null : Instant.ofEpochMilli(Math.round(value * 1000));
    }
}
