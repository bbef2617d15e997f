package dev.aura.plugins.chat.io;

import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.ConversationArchive;
import dev.aura.plugins.chat.model.ThreadMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The branch of an archive a user was looking at: root to the current leaf, with each message's alternatives. */
final class CurrentBranch {
    private CurrentBranch() {}

    static List<ThreadMessage> of(ConversationArchive archive) {
        List<ChatMessage> messages = archive.messages();
        if (messages.isEmpty()) {
            return List.of();
        }
        Map<UUID, ChatMessage> byId = new HashMap<>();
        Map<UUID, List<ChatMessage>> siblings = new HashMap<>();
        for (ChatMessage m : messages) {
            byId.put(m.id(), m);
        }
        for (ChatMessage m : messages) {
            siblings.computeIfAbsent(m.parentId() == null ? ROOT : m.parentId(), k -> new ArrayList<>()).add(m);
        }
        UUID leafId = archive.conversation().currentLeafId();
        ChatMessage at = leafId != null && byId.containsKey(leafId) ? byId.get(leafId) : messages.getLast();
        List<ThreadMessage> branch = new ArrayList<>();
        for (int guard = 0; at != null && guard <= messages.size(); guard++) {
            List<ChatMessage> group = siblings.get(at.parentId() == null ? ROOT : at.parentId());
            branch.add(new ThreadMessage(at, group.indexOf(at), group.size()));
            at = at.parentId() == null ? null : byId.get(at.parentId());
        }
        Collections.reverse(branch);
        return branch;
    }

    /** Stands for "no parent" as a map key. */
    private static final UUID ROOT = new UUID(0, 0);

    static long offBranchCount(ConversationArchive archive, List<ThreadMessage> branch) {
        return archive.messages().size() - branch.stream().map(ThreadMessage::message).filter(Objects::nonNull).count();
    }
}
