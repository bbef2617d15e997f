package dev.aura.plugins.chat.ui.markdown;

import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A code block: a header with the language and a Copy button over monospace lines that scroll sideways when long.
 * The code can grow while it streams in; only its last span of lines is laid out again, because one growing
 * {@link Text} costs more layout per pulse the longer it gets.
 */
public final class CodeBlockView extends VBox {
    private static final int LINES_PER_SPAN = 32;
    private static final Duration COPIED_FOR = Duration.seconds(1.5);

    private final String language;
    private final MarkdownStrings strings;
    private final StringBuilder code = new StringBuilder();
    private final StringBuilder lastSpanText = new StringBuilder();
    private final VBox spans = new VBox();
    private final Button copy;
    private final PauseTransition copiedReset = new PauseTransition(COPIED_FOR);
    private Text lastSpan;
    private int newlinesInLastSpan;

    CodeBlockView(String language, String code, MarkdownStrings strings) {
        this.language = language == null ? "" : language;
        this.strings = strings;
        getStyleClass().add("md-code-block");

        Label label = new Label(this.language.isEmpty() ? strings.code() : this.language);
        label.getStyleClass().add("md-code-language");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        copy = new Button(strings.copy(), new FontIcon(Feather.COPY));
        copy.getStyleClass().addAll("flat", "small", "md-code-copy");
        copy.setFocusTraversable(false);
        copy.setOnAction(e -> copyToClipboard());
        copiedReset.setOnFinished(e -> copy.setText(strings.copy()));
        HBox header = new HBox(label, gap, copy);
        header.getStyleClass().add("md-code-header");

        spans.getStyleClass().add("md-code-lines");
        ScrollPane scroller = new ScrollPane(spans);
        scroller.getStyleClass().addAll("md-code-scroll", "edge-to-edge");
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroller.setFitToHeight(true);
        getChildren().addAll(header, scroller);
        setCode(code);
    }

    /** The language from the fence's info string, or "" when it named none. */
    public String language() {
        return language;
    }

    /** The code as shown (without the fence's trailing newline). */
    public String code() {
        return code.toString();
    }

    /** Puts the code on the system clipboard and says so on the button for a moment. */
    public void copyToClipboard() {
        ClipboardContent content = new ClipboardContent();
        content.putString(code.toString());
        Clipboard.getSystemClipboard().setContent(content);
        copy.setText(strings.copied());
        copiedReset.playFromStart();
    }

    /** Shows {@code newCode}; when it only adds to the end of what is shown, only the new text is laid out. */
    void setCode(String newCode) {
        String shown = stripTrailingNewline(newCode);
        if (shown.length() >= code.length() && shown.startsWith(code.toString())) {
            append(shown, code.length());
        } else {
            code.setLength(0);
            spans.getChildren().clear();
            lastSpan = null;
            append(shown, 0);
        }
    }

    private void append(String text, int from) {
        if (lastSpan == null) {
            startSpan();
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && newlinesInLastSpan == LINES_PER_SPAN - 1) {
                lastSpan.setText(lastSpanText.toString());
                startSpan(); // the line break between two spans is the VBox's
            } else {
                lastSpanText.append(c);
                if (c == '\n') {
                    newlinesInLastSpan++;
                }
            }
        }
        code.append(text, from, text.length());
        lastSpan.setText(lastSpanText.toString());
    }

    private void startSpan() {
        lastSpan = new Text();
        lastSpan.getStyleClass().add("md-code-text");
        lastSpanText.setLength(0);
        newlinesInLastSpan = 0;
        spans.getChildren().add(lastSpan);
    }

    private static String stripTrailingNewline(String text) {
        if (text == null) {
            return "";
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
