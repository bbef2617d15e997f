package dev.aura.app.shell.support;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * Wrapped body text as a flow of phrase labels split at spaces. JavaFX 26 draws a wrapped Thai run past the end of
 * its line (the next line then repeats it), seen in headless screenshots; phrases that each fit on a line avoid
 * it. Thai translations therefore put spaces between phrases, as Thai writing does between clauses.
 */
public final class Paragraph {
    private Paragraph() {}

    public static FlowPane of(String text, String... styleClasses) {
        FlowPane flow = new FlowPane();
        flow.getStyleClass().add("paragraph");
        flow.setRowValignment(javafx.geometry.VPos.BASELINE);
        for (String phrase : text.split("(?<= )")) {
            Label label = new Label(phrase);
            label.getStyleClass().addAll(styleClasses);
            flow.getChildren().add(label);
        }
        // the flow's preferred width is its full single-line width; let the parent's width decide instead
        flow.setPrefWrapLength(560);
        flow.setMinWidth(0);
        return flow;
    }

    /** The text as shown (for tests and accessibility). */
    public static String text(FlowPane paragraph) {
        StringBuilder sb = new StringBuilder();
        paragraph.getChildren().forEach(n -> sb.append(((Label) n).getText()));
        return sb.toString();
    }
}
