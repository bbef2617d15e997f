package dev.aura.app.shell.testing;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/** All label and text-field text under a node, in order: paragraphs are flows of phrase labels. */
public final class Paragraphs {
    private Paragraphs() {}

    public static String textOf(Node node) {
        StringBuilder sb = new StringBuilder();
        collect(node, sb);
        return sb.toString();
    }

    private static void collect(Node node, StringBuilder sb) {
        if (node instanceof Labeled l && l.getText() != null) {
            sb.append(l.getText());
        } else if (node instanceof Text t && !(node.getParent() instanceof Labeled)) {
            sb.append(t.getText());
        } else if (node instanceof TextInputControl t) {
            sb.append(' ').append(t.getText()).append(' ');
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, sb));
        }
    }
}
