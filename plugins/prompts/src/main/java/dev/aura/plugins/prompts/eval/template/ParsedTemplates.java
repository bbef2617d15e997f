package dev.aura.plugins.prompts.eval.template;

import com.hubspot.jinjava.tree.Node;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed templates by their text: a run renders the same few templates with many test cases, and parsing is most
 * of the cost of a small render. Bounded by forgetting everything once full, which a run's few templates refill.
 */
public final class ParsedTemplates {
    private final Map<String, Node> trees = new ConcurrentHashMap<>();
    private final int capacity;

    public ParsedTemplates(int capacity) {
        this.capacity = capacity;
    }

    /** The tree of {@code template}, parsed by {@code parser} the first time; a parser that throws caches nothing. */
    public Node get(String template, Function<String, Node> parser) {
        Node tree = trees.get(template);
        if (tree != null) {
            return tree;
        }
        tree = parser.apply(template);
        if (trees.size() >= capacity) {
            trees.clear();
        }
        trees.put(template, tree);
        return tree;
    }
}
