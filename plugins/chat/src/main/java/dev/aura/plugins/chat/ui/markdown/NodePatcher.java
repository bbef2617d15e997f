package dev.aura.plugins.chat.ui.markdown;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Makes the nodes of the open block look like a fresh rendering of it while keeping the nodes that did not change:
 * a paragraph that grew by a word keeps its flow and all its spans but the last, whose text is set. A new node costs
 * its CSS and layout again, and the garbage of one rendering per pulse adds up. Only text, flows and the plain boxes
 * of lists and quotes are patched; anything else is replaced.
 */
final class NodePatcher {
    private NodePatcher() {}

    /** Updates {@code old} in place to match {@code fresh}; false when it cannot and must be replaced. */
    static boolean patch(Node old, Node fresh) {
        if (old.getClass() != fresh.getClass() || !old.getStyleClass().equals(fresh.getStyleClass())) {
            return false;
        }
        if (old instanceof Text text) {
            Text freshText = (Text) fresh;
            if (!text.getText().equals(freshText.getText())) {
                text.setText(freshText.getText());
            }
            text.setOnMouseClicked(freshText.getOnMouseClicked());
            text.setCursor(freshText.getCursor());
            return true;
        }
        if (old instanceof TextFlow flow) {
            flow.setTextAlignment(((TextFlow) fresh).getTextAlignment());
            patchChildren(flow.getChildren(), ((TextFlow) fresh).getChildren());
            return true;
        }
        if (old.getClass() == VBox.class || old.getClass() == HBox.class) {
            patchChildren(((javafx.scene.layout.Pane) old).getChildren(), ((javafx.scene.layout.Pane) fresh).getChildren());
            return true;
        }
        return false;
    }

    /** Patches {@code olds} pairwise to match {@code freshes}; fresh nodes that are used move over from their parent. */
    static void patchChildren(ObservableList<Node> olds, List<Node> freshes) {
        List<Node> fresh = new ArrayList<>(freshes); // taking a node from its fresh parent changes that parent's list
        int common = Math.min(olds.size(), fresh.size());
        for (int i = 0; i < common; i++) {
            if (!patch(olds.get(i), fresh.get(i))) {
                olds.set(i, fresh.get(i));
            }
        }
        if (olds.size() > fresh.size()) {
            olds.remove(common, olds.size());
        } else if (fresh.size() > common) {
            olds.addAll(fresh.subList(common, fresh.size()));
        }
    }
}
