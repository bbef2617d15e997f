package dev.aura.plugins.chat.ui.markdown;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/**
 * Turns a block's inline Markdown (emphasis, code spans, links...) into the styled {@link Text} spans of a
 * {@link TextFlow}. Runs with Thai in them are cut into one span per word, as {@code dev.aura.plugins.api.ui.Paragraph}
 * does, because JavaFX 26 wraps a long Thai run wrongly; other runs stay whole, which keeps the node count low.
 * Not thread-safe: one per renderer.
 */
final class InlineFlowBuilder {
    private static final Locale BREAK_RULES = Locale.forLanguageTag("th");

    private final Consumer<String> linkHandler;
    private final BreakIterator lineBreaks = BreakIterator.getLineInstance(BREAK_RULES);
    private final List<String> styles = new ArrayList<>();
    private String linkTarget;

    InlineFlowBuilder(Consumer<String> linkHandler) {
        this.linkHandler = linkHandler;
    }

    /** A flow holding the inline children of {@code block}, with {@code styleClasses} on the flow. */
    TextFlow flowOf(Node block, String... styleClasses) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll(styleClasses);
        flow.setMinWidth(0);
        appendChildren(flow, block);
        return flow;
    }

    private void appendChildren(TextFlow flow, Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            append(flow, child);
        }
    }

    private void append(TextFlow flow, Node node) {
        switch (node) {
            case org.commonmark.node.Text text -> addText(flow, text.getLiteral());
            case Code code -> styled(flow, "md-code", () -> addText(flow, code.getLiteral()));
            case StrongEmphasis strong -> styled(flow, "md-strong", () -> appendChildren(flow, strong));
            case Emphasis emphasis -> styled(flow, "md-em", () -> appendChildren(flow, emphasis));
            case Strikethrough strike -> styled(flow, "md-strike", () -> appendChildren(flow, strike));
            case Link link -> linked(flow, link.getDestination(), link);
            case Image image -> linked(flow, image.getDestination(), image);
            case SoftLineBreak _ -> addText(flow, " ");
            case HardLineBreak _ -> addText(flow, "\n");
            case HtmlInline html -> addText(flow, html.getLiteral());
            default -> appendChildren(flow, node);
        }
    }

    private void linked(TextFlow flow, String destination, Node label) {
        String outer = linkTarget;
        linkTarget = destination;
        styled(flow, "md-link", () -> {
            if (label.getFirstChild() == null) {
                addText(flow, destination);
            } else {
                appendChildren(flow, label);
            }
        });
        linkTarget = outer;
    }

    private void styled(TextFlow flow, String styleClass, Runnable content) {
        styles.add(styleClass);
        try {
            content.run();
        } finally {
            styles.removeLast();
        }
    }

    private void addText(TextFlow flow, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (!containsThai(text)) {
            flow.getChildren().add(span(text));
            return;
        }
        lineBreaks.setText(text);
        int start = lineBreaks.first();
        for (int end = lineBreaks.next(); end != BreakIterator.DONE; start = end, end = lineBreaks.next()) {
            flow.getChildren().add(span(text.substring(start, end)));
        }
    }

    private Text span(String text) {
        Text span = new Text(text);
        span.getStyleClass().add("md-text");
        span.getStyleClass().addAll(styles);
        if (linkTarget != null) {
            String target = linkTarget;
            span.setCursor(Cursor.HAND);
            span.setOnMouseClicked(e -> linkHandler.accept(target));
        }
        return span;
    }

    static boolean containsThai(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0E00' && c <= '\u0E7F') {
                return true;
            }
        }
        return false;
    }
}
