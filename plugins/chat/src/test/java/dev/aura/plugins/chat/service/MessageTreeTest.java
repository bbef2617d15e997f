package dev.aura.plugins.chat.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.MessageRole;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.model.ThreadMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageTreeTest {
    private final List<ChatMessage> all = new ArrayList<>();

    private ChatMessage add(ChatMessage parent, String text) {
        ChatMessage m = new ChatMessage(UUID.randomUUID(), null, parent == null ? null : parent.id(),
                MessageRole.USER, text, MessageStatus.COMPLETE, null, null, null, null, List.of(), null);
        all.add(m);
        return m;
    }

    private static List<String> texts(List<ThreadMessage> thread) {
        return thread.stream().map(t -> t.message().content() + " " + (t.siblingIndex() + 1) + "/"
                + t.siblingCount()).toList();
    }

    @Test
    void threadRunsFromRootToLeafWithEachMessagesPlaceAmongItsAlternatives() {
        ChatMessage q = add(null, "q");
        ChatMessage a1 = add(q, "a1");
        ChatMessage a2 = add(q, "a2");
        ChatMessage q2 = add(a1, "q2");

        MessageTree tree = new MessageTree(all);

        assertThat(texts(tree.thread(q2.id()))).containsExactly("q 1/1", "a1 1/2", "q2 1/1");
        assertThat(texts(tree.thread(a2.id()))).containsExactly("q 1/1", "a2 2/2");
        assertThat(tree.thread(null)).isEmpty();
    }

    @Test
    void latestLeafFollowsTheMostRecentlyContinuedBranch() {
        ChatMessage q = add(null, "q");
        ChatMessage a1 = add(q, "a1");
        ChatMessage a2 = add(q, "a2");
        ChatMessage q2 = add(a1, "q2");
        ChatMessage a3 = add(q2, "a3");

        MessageTree tree = new MessageTree(all);

        assertThat(tree.latestLeaf(a1.id())).isEqualTo(a3.id());
        assertThat(tree.latestLeaf(a2.id())).isEqualTo(a2.id());
        assertThat(tree.latestLeaf(null)).isEqualTo(a3.id());
        assertThat(tree.alternative(a1.id(), 1)).isEqualTo(a2);
        assertThatThrownBy(() -> tree.alternative(a1.id(), 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aStoredLeafThatGrewOrVanishedStillGivesABranch() {
        ChatMessage q = add(null, "q");
        ChatMessage a = add(q, "a");

        MessageTree tree = new MessageTree(all);

        assertThat(tree.effectiveLeaf(q.id())).isEqualTo(a.id());
        assertThat(tree.effectiveLeaf(UUID.randomUUID())).isEqualTo(a.id());
    }

    @Test
    void messageWhoseParentIsGoneBecomesARootNotLost() {
        ChatMessage orphan = new ChatMessage(UUID.randomUUID(), null, UUID.randomUUID(), MessageRole.USER, "orphan",
                MessageStatus.COMPLETE, null, null, null, null, List.of(), null);
        add(null, "root");
        all.add(orphan);

        MessageTree tree = new MessageTree(all);

        assertThat(texts(tree.thread(orphan.id()))).containsExactly("orphan 2/2");
    }

    @Test
    void afterDeletingTheShownLeafTheBranchEndsUnderItsParent() {
        ChatMessage q = add(null, "q");
        ChatMessage a1 = add(q, "a1");
        ChatMessage a2 = add(q, "a2");
        MessageTree after = new MessageTree(List.of(q, a1));

        assertThat(MessageTree.leafAfterDelete(after, a2, a2.id())).isEqualTo(a1.id());
        assertThat(MessageTree.leafAfterDelete(after, a2, q.id())).as("kept leaf, extended").isEqualTo(a1.id());
        assertThat(MessageTree.leafAfterDelete(new MessageTree(List.of()), q, q.id())).isNull();
    }
}
