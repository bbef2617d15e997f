package dev.aura.plugins.api.ui;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Wrapped body text that renders Thai correctly. JavaFX 26 lays out a wrapped Thai run badly (seen with Label,
 * Text and TextFlow in the headless renderer): the first line draws the whole run past the wrap width and the
 * next line repeats part of it. One Text per word avoids it, so the text is cut at line-break opportunities
 * (the JDK's Thai dictionary finds them between Thai words) into the spans of a TextFlow.
 */
public final class Paragraph {
    private static final Locale BREAK_RULES = Locale.forLanguageTag("th"); // Thai rules also break Latin text

    private Paragraph() {}

    public static TextFlow of(String text, String... styleClasses) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("paragraph");
        for (String word : words(text)) {
            Text span = new Text(word);
            span.getStyleClass().add("text");
            span.getStyleClass().addAll(styleClasses);
            flow.getChildren().add(span);
        }
        flow.setMinWidth(0);
        return flow;
    }

    /** The text cut at every line-break opportunity; joined again it is the original text. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        BreakIterator breaks = BreakIterator.getLineInstance(BREAK_RULES);
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            words.add(text.substring(start, end));
        }
        return words;
    }

    /** The text as shown (for tests and accessibility). */
    public static String text(TextFlow paragraph) {
        StringBuilder sb = new StringBuilder();
        paragraph.getChildren().forEach(n -> sb.append(((Text) n).getText()));
        return sb.toString();
    }
}
