package dev.aura.app.shell.testing;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;

/** All label text under a node, in order: paragraphs are flows of phrase labels. */
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
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, sb));
        }
    }
}
