package dev.aura.plugins.chat.service;

import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.ThreadMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A conversation's messages as a tree (pure, no store): branches, alternatives and which leaf to show. Alternatives
 * of a message are the messages with the same parent, in creation order (the order of the list given).
 */
public final class MessageTree {
    private final List<ChatMessage> messages;
    private final Map<UUID, ChatMessage> byId = new HashMap<>();
    private final Map<UUID, Integer> order = new HashMap<>();
    private final Map<UUID, List<ChatMessage>> children = new HashMap<>();
    private final List<ChatMessage> roots = new ArrayList<>();

    /** @param messages every live message of one conversation in creation order */
    public MessageTree(List<ChatMessage> messages) {
        this.messages = List.copyOf(messages);
        for (ChatMessage m : this.messages) {
            order.put(m.id(), order.size());
            byId.put(m.id(), m);
        }
        for (ChatMessage m : this.messages) {
            // a parent that is gone (deleted on another device) makes its children roots, never lost
            if (m.parentId() == null || !byId.containsKey(m.parentId())) {
                roots.add(m);
            } else {
                children.computeIfAbsent(m.parentId(), k -> new ArrayList<>()).add(m);
            }
        }
    }

    public Optional<ChatMessage> find(UUID id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /** The message and its alternatives, in creation order. */
    public List<ChatMessage> siblings(UUID messageId) {
        ChatMessage m = require(messageId);
        return m.parentId() == null || !byId.containsKey(m.parentId()) ? roots : childrenOf(m.parentId());
    }

    public List<ChatMessage> childrenOf(UUID parentId) {
        return parentId == null ? roots : children.getOrDefault(parentId, List.of());
    }

    /** Root to {@code leafId}, oldest first. */
    public List<ChatMessage> branchTo(UUID leafId) {
        List<ChatMessage> branch = new ArrayList<>();
        for (ChatMessage m = require(leafId); m != null; m = parentOf(m)) {
            branch.add(m);
        }
        return branch.reversed();
    }

    /**
     * The most recently created message under {@code messageId} (itself included): children are always created after
     * their parent, so it is a leaf, and it is where that alternative was last continued. Null means the whole tree.
     */
    public UUID latestLeaf(UUID messageId) {
        if (messageId == null) {
            return messages.isEmpty() ? null : messages.getLast().id();
        }
        require(messageId);
        // one forward pass: a message is under the ancestor when its parent is (parents come first)
        java.util.Set<UUID> under = new java.util.HashSet<>();
        under.add(messageId);
        UUID latest = messageId;
        for (int i = order.get(messageId) + 1; i < messages.size(); i++) {
            ChatMessage m = messages.get(i);
            if (m.parentId() != null && under.contains(m.parentId())) {
                under.add(m.id());
                latest = m.id();
            }
        }
        return latest;
    }

    /** The leaf to show for a stored current leaf that may be missing (deleted) or may have grown children since. */
    public UUID effectiveLeaf(UUID storedLeaf) {
        return byId.containsKey(storedLeaf) ? latestLeaf(storedLeaf) : latestLeaf(null);
    }

    /** The branch to {@code leafId} with each message's place among its alternatives; empty for a null leaf. */
    public List<ThreadMessage> thread(UUID leafId) {
        if (leafId == null) {
            return List.of();
        }
        List<ThreadMessage> thread = new ArrayList<>();
        for (ChatMessage m : branchTo(leafId)) {
            List<ChatMessage> siblings = siblings(m.id());
            thread.add(new ThreadMessage(m, siblings.indexOf(m), siblings.size()));
        }
        return thread;
    }

    /** The alternative at {@code siblingIndex} among the message's siblings. */
    public ChatMessage alternative(UUID messageId, int siblingIndex) {
        List<ChatMessage> siblings = siblings(messageId);
        if (siblingIndex < 0 || siblingIndex >= siblings.size()) {
            throw new IndexOutOfBoundsException("Message " + messageId + " has " + siblings.size()
                    + " alternatives; there is none at index " + siblingIndex);
        }
        return siblings.get(siblingIndex);
    }

    /**
     * The leaf to show after {@code deleted} was removed (its children moved up to its parent): the old leaf when it
     * is still there, else the latest leaf under the deleted message's parent.
     */
    public static UUID leafAfterDelete(MessageTree after, ChatMessage deleted, UUID currentLeaf) {
        if (currentLeaf != null && after.byId.containsKey(currentLeaf)) {
            return after.latestLeaf(currentLeaf);
        }
        UUID parent = deleted.parentId();
        return parent != null && after.byId.containsKey(parent) ? after.latestLeaf(parent) : after.latestLeaf(null);
    }

    private ChatMessage parentOf(ChatMessage m) {
        return m.parentId() == null ? null : byId.get(m.parentId());
    }

    private ChatMessage require(UUID id) {
        ChatMessage m = id == null ? null : byId.get(id);
        if (m == null) {
            throw new java.util.NoSuchElementException("No message " + id + " in this conversation");
        }
        return m;
    }
}
