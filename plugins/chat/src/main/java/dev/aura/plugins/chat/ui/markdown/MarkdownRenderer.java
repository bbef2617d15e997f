package dev.aura.plugins.chat.ui.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders Markdown (CommonMark with GFM tables, strikethrough and autolinks) to native JavaFX nodes, one node per
 * top-level block. The nodes carry {@code md-*} style classes: add {@link #STYLESHEET} once to the panel (or scene)
 * that shows them. Use on the FX thread; one renderer per view, since it keeps a reusable line breaker.
 */
public final class MarkdownRenderer {
    /** The style sheet for the rendered nodes; its colors are AtlantaFX's, so every theme works. */
    public static final String STYLESHEET =
            Objects.requireNonNull(MarkdownRenderer.class.getResource("markdown.css"), "markdown.css").toExternalForm();

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.builder().requireTwoTildes(true).build(),
                    AutolinkExtension.create()))
            .build();
    private static final String[] BULLETS = {"•", "◦", "▪"};

    private final InlineFlowBuilder inlines;
    private final MarkdownStrings strings;
    private final MarkdownTables tables;

    /** {@code linkHandler} receives a link's destination when the user clicks it (e.g. to open the browser). */
    public MarkdownRenderer(Consumer<String> linkHandler, MarkdownStrings strings) {
        this.inlines = new InlineFlowBuilder(Objects.requireNonNull(linkHandler, "linkHandler"));
        this.strings = Objects.requireNonNull(strings, "strings");
        this.tables = new MarkdownTables(inlines);
    }

    /** Parses Markdown; the parser is thread-safe, so this may run on any thread. */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    /** One node per top-level block of {@code markdown}. */
    public List<javafx.scene.Node> render(String markdown) {
        return renderChildren(parse(markdown));
    }

    /** One node per top-level block of a parsed document. */
    public List<javafx.scene.Node> renderChildren(Node document) {
        return renderFrom(document.getFirstChild());
    }

    /** One node for {@code firstBlock} and for each block after it. */
    List<javafx.scene.Node> renderFrom(Node firstBlock) {
        List<javafx.scene.Node> nodes = new ArrayList<>();
        for (Node child = firstBlock; child != null; child = child.getNext()) {
            javafx.scene.Node node = block(child, 0);
            if (node != null) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    /** The node for one block, or null for blocks that show nothing (link reference definitions). */
    javafx.scene.Node block(Node block, int listDepth) {
        return switch (block) {
            case Paragraph paragraph -> inlines.flowOf(paragraph, "md-paragraph");
            case Heading heading -> inlines.flowOf(heading, "md-heading", "md-h" + heading.getLevel());
            case FencedCodeBlock code -> new CodeBlockView(languageOf(code.getInfo()), code.getLiteral(), strings);
            case IndentedCodeBlock code -> new CodeBlockView("", code.getLiteral(), strings);
            case ListBlock list -> list(list, listDepth);
            case BlockQuote quote -> container(quote, listDepth, "md-blockquote");
            case ThematicBreak _ -> thematicBreak();
            case TableBlock table -> tables.table(table);
            case HtmlBlock html -> plainFlow(html.getLiteral().stripTrailing(), "md-paragraph", "md-html");
            case LinkReferenceDefinition _ -> null;
            default -> container(block, listDepth, "md-container");
        };
    }

    /** The first word of a fence's info string, which names the language by convention. */
    static String languageOf(String info) {
        if (info == null || info.isBlank()) {
            return "";
        }
        String trimmed = info.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    private VBox container(Node parent, int listDepth, String styleClass) {
        VBox box = new VBox();
        box.getStyleClass().add(styleClass);
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            javafx.scene.Node node = block(child, listDepth);
            if (node != null) {
                box.getChildren().add(node);
            }
        }
        return box;
    }

    private VBox list(ListBlock list, int depth) {
        VBox box = new VBox();
        box.getStyleClass().add(list instanceof OrderedList ? "md-ordered-list" : "md-bullet-list");
        box.getStyleClass().add(list.isTight() ? "md-tight" : "md-loose");
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        String delimiter = list instanceof OrderedList ordered && ordered.getMarkerDelimiter() != null
                ? ordered.getMarkerDelimiter() : ".";
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem listItem) {
                String marker = list instanceof BulletList ? BULLETS[Math.min(depth, BULLETS.length - 1)] : number + delimiter;
                box.getChildren().add(listItem(listItem, marker, depth));
                number++;
            }
        }
        return box;
    }

    private HBox listItem(ListItem item, String marker, int depth) {
        javafx.scene.Node markerNode = taskMarker(item);
        if (markerNode == null) {
            javafx.scene.text.Text text = new javafx.scene.text.Text(marker); // a Text costs far less CSS than a Label
            text.getStyleClass().addAll("md-text", "md-list-marker");
            markerNode = text;
        }
        VBox content = container(item, depth + 1, "md-list-content");
        HBox.setHgrow(content, Priority.ALWAYS);
        content.setMinWidth(0);
        HBox row = new HBox(markerNode, content);
        row.getStyleClass().add("md-list-item");
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    /** GitHub task items ("- [x] done"): a read-only check box instead of the bullet, and the box text removed. */
    private static CheckBox taskMarker(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph paragraph) || !(paragraph.getFirstChild() instanceof Text text)) {
            return null;
        }
        String literal = text.getLiteral();
        if (literal.length() < 4 || literal.charAt(0) != '[' || literal.charAt(2) != ']' || literal.charAt(3) != ' ') {
            return null;
        }
        char state = literal.charAt(1);
        if (state != ' ' && state != 'x' && state != 'X') {
            return null;
        }
        text.setLiteral(literal.substring(4));
        CheckBox box = new CheckBox();
        box.setSelected(state != ' ');
        box.setMouseTransparent(true);
        box.setFocusTraversable(false);
        box.getStyleClass().add("md-task");
        return box;
    }

    private static Separator thematicBreak() {
        Separator separator = new Separator();
        separator.getStyleClass().add("md-rule");
        return separator;
    }

    private static TextFlow plainFlow(String text, String... styleClasses) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll(styleClasses);
        javafx.scene.text.Text span = new javafx.scene.text.Text(text);
        span.getStyleClass().add("md-text");
        flow.getChildren().add(span);
        return flow;
    }
}
