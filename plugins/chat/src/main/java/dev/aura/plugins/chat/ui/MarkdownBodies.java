package dev.aura.plugins.chat.ui;

import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.ui.markdown.MarkdownRenderer;
import dev.aura.plugins.chat.ui.markdown.MarkdownStrings;
import dev.aura.plugins.chat.ui.markdown.StreamingMarkdownView;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * Answer bodies rendered with the Markdown views. Finished bodies are kept for the most recently shown answers, so
 * scrolling back and forth does not parse them again; a long conversation does not keep them all. The streaming
 * view becomes the finished body when its answer ends (same node, so the cell does not jump).
 */
final class MarkdownBodies implements AnswerBodies {
    private static final int KEEP = 200;

    private final MarkdownRenderer renderer;
    private final Map<UUID, StreamingMarkdownView> live = new HashMap<>();
    private final Map<Key, Node> finished = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Node> eldest) {
            return size() > KEEP;
        }
    };

    private record Key(UUID id, int length) {}

    MarkdownBodies(Consumer<String> linkHandler, MarkdownStrings strings) {
        this.renderer = new MarkdownRenderer(linkHandler, strings);
    }

    @Override
    public Node finished(ChatMessage answer) {
        String content = answer.content() == null ? "" : answer.content();
        Key key = new Key(answer.id(), content.length());
        Node cached = finished.get(key);
        if (cached != null) {
            return cached;
        }
        StreamingMarkdownView view = live.remove(answer.id());
        if (view == null) {
            view = new StreamingMarkdownView(renderer);
            view.getStyleClass().add("answer-body");
        }
        view.setText(content); // the saved text is the truth; a streamed tail may still be buffered
        finished.put(key, view);
        return view;
    }

    @Override
    public Node streaming(MessageItem item) {
        UUID streamingId = item.message().id();
        // one answer streams at a time: a view left by one whose end was never shown here is dropped
        live.keySet().removeIf(id -> !id.equals(streamingId));
        return live.computeIfAbsent(streamingId, id -> {
            StreamingMarkdownView view = new StreamingMarkdownView(renderer);
            view.getStyleClass().add("answer-body");
            item.live().attach(view::append, view::append);
            return view;
        });
    }
}
