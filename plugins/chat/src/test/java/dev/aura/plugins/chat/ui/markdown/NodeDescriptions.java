package dev.aura.plugins.chat.ui.markdown;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** A node tree written out as text (type, style classes, text), to compare two renderings of the same Markdown. */
final class NodeDescriptions {
    private NodeDescriptions() {}

    static String describe(List<Node> nodes) {
        return nodes.stream().map(NodeDescriptions::describe).collect(Collectors.joining("\n"));
    }

    static String describe(Node node) {
        StringBuilder sb = new StringBuilder();
        describe(node, 0, sb);
        return sb.toString();
    }

    private static void describe(Node node, int depth, StringBuilder sb) {
        sb.append("  ".repeat(depth)).append(node.getClass().getSimpleName()).append(node.getStyleClass());
        switch (node) {
            case Text text -> sb.append(" \"").append(text.getText()).append('"');
            case CodeBlockView code -> sb.append(" lang=").append(code.language()).append(" code=\"").append(code.code()).append('"');
            case CheckBox box -> sb.append(" checked=").append(box.isSelected());
            case Labeled labeled -> sb.append(" \"").append(labeled.getText()).append('"');
            default -> { }
        }
        sb.append('\n');
        if (node instanceof Parent parent && !(node instanceof Control) && !(node instanceof CodeBlockView)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                describe(child, depth + 1, sb);
            }
        }
    }

    /** The text of a flow's spans joined. */
    static String textOf(javafx.scene.text.TextFlow flow) {
        return flow.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }
}
