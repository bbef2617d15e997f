package dev.aura.plugins.chat.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * Puts a message tree in the order an archive needs: each parent before its children, otherwise oldest first (file
 * order breaks ties). Fails on a parent that is not in the tree and on a parent chain that loops.
 */
final class TreeOrder {
    /** One message: its key in the file, its parent's key (null for a root), and where it sits in the file. */
    record Node<K>(K key, K parent, Instant createdAt, int position) {}

    private TreeOrder() {}

    /** @param parentPath the JSON path of a node's parent reference, for error messages */
    static <K> List<Node<K>> order(List<Node<K>> nodes, Function<Node<K>, String> parentPath) {
        Map<K, Node<K>> byKey = new HashMap<>();
        for (Node<K> node : nodes) {
            byKey.put(node.key(), node);
        }
        Map<K, List<Node<K>>> children = new HashMap<>();
        List<Node<K>> roots = new ArrayList<>();
        for (Node<K> node : nodes) {
            if (node.parent() == null) {
                roots.add(node);
            } else if (!byKey.containsKey(node.parent())) {
                throw new ChatImportException(parentPath.apply(node), "unknown message \"" + node.parent() + "\"");
            } else {
                children.computeIfAbsent(node.parent(), k -> new ArrayList<>()).add(node);
            }
        }
        Comparator<Node<K>> oldestFirst = Comparator
                .comparing((Node<K> n) -> n.createdAt(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(Node::position);
        PriorityQueue<Node<K>> ready = new PriorityQueue<>(oldestFirst);
        ready.addAll(roots);
        List<Node<K>> ordered = new ArrayList<>(nodes.size());
        while (!ready.isEmpty()) {
            Node<K> next = ready.poll();
            ordered.add(next);
            ready.addAll(children.getOrDefault(next.key(), List.of()));
        }
        if (ordered.size() < nodes.size()) {
            Node<K> looped = nodes.stream().filter(n -> !ordered.contains(n)).findFirst().orElseThrow();
            throw new ChatImportException(parentPath.apply(looped),
                    "the chain of parents loops back to this message, so it has no first message");
        }
        return ordered;
    }
}
