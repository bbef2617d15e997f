package dev.aura.plugins.chat.ui.markdown;

import static dev.aura.plugins.chat.ui.markdown.NodeDescriptions.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Each Markdown element as a user sees it, rendered in the headless toolkit. */
@ExtendWith(ApplicationExtension.class)
class MarkdownRendererUiTest {
    private final List<String> clickedLinks = new CopyOnWriteArrayList<>();
    private final VBox host = new VBox();
    private MarkdownRenderer renderer;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        renderer = new MarkdownRenderer(clickedLinks::add, MarkdownStrings.load(Locale.ENGLISH));
        ScrollPane scroll = new ScrollPane(host);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 640, 480);
        scene.getStylesheets().add(MarkdownRenderer.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    private List<Node> show(FxRobot robot, String markdown) {
        AtomicReference<List<Node>> nodes = new AtomicReference<>();
        robot.interact(() -> {
            nodes.set(renderer.render(markdown));
            host.getChildren().setAll(nodes.get());
        });
        return nodes.get();
    }

    private static List<Text> spans(Node flow) {
        return ((TextFlow) flow).getChildren().stream().map(Text.class::cast).toList();
    }

    private static Text span(Node flow, String text) {
        return spans(flow).stream().filter(t -> t.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void inlineStylesBecomeStyledSpansOfOneParagraph(FxRobot robot) {
        List<Node> nodes = show(robot, "Plain **bold** *italic* ~~gone~~ `code()` and [a link](https://example.org).");

        assertThat(nodes).singleElement().isInstanceOf(TextFlow.class);
        Node paragraph = nodes.getFirst();
        assertThat(paragraph.getStyleClass()).contains("md-paragraph");
        assertThat(textOf((TextFlow) paragraph)).isEqualTo("Plain bold italic gone code() and a link.");
        assertThat(span(paragraph, "bold").getStyleClass()).contains("md-strong");
        assertThat(span(paragraph, "italic").getStyleClass()).contains("md-em");
        assertThat(span(paragraph, "gone").getStyleClass()).contains("md-strike");
        assertThat(span(paragraph, "code()").getStyleClass()).contains("md-code");
        assertThat(span(paragraph, "a link").getStyleClass()).contains("md-link");
        assertThat(span(paragraph, "Plain ").getStyleClass()).containsExactly("md-text");
    }

    @Test
    void clickingALinkHandsItsDestinationToTheHandler(FxRobot robot) {
        List<Node> nodes = show(robot, "See [the docs](https://example.org/docs) or https://aura.dev now.");

        robot.clickOn(span(nodes.getFirst(), "the docs"));
        robot.clickOn(span(nodes.getFirst(), "https://aura.dev"));

        assertThat(clickedLinks).containsExactly("https://example.org/docs", "https://aura.dev");
    }

    @Test
    void headingsCarryTheirLevel(FxRobot robot) {
        List<Node> nodes = show(robot, "# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six\n");

        assertThat(nodes).hasSize(6);
        for (int level = 1; level <= 6; level++) {
            assertThat(nodes.get(level - 1).getStyleClass()).contains("md-heading", "md-h" + level);
        }
        assertThat(textOf((TextFlow) nodes.get(2))).isEqualTo("Three");
    }

    @Test
    void listsAreNumberedNestedAndShowTaskBoxes(FxRobot robot) {
        List<Node> nodes = show(robot, "3. three\n4. four\n   - inner\n\n- [x] done\n- [ ] todo\n");

        VBox ordered = (VBox) nodes.get(0);
        assertThat(ordered.getStyleClass()).contains("md-ordered-list");
        assertThat(markers(ordered)).containsExactly("3.", "4.");
        VBox secondContent = (VBox) ((HBox) ordered.getChildren().get(1)).getChildren().get(1);
        VBox inner = (VBox) secondContent.getChildren().get(1);
        assertThat(inner.getStyleClass()).contains("md-bullet-list");
        assertThat(markers(inner)).containsExactly("◦");

        VBox tasks = (VBox) nodes.get(1);
        List<Boolean> checked = tasks.getChildren().stream()
                .map(row -> ((CheckBox) ((HBox) row).getChildren().getFirst()).isSelected()).toList();
        assertThat(checked).containsExactly(true, false);
        TextFlow todo = (TextFlow) ((VBox) ((HBox) tasks.getChildren().get(1)).getChildren().get(1)).getChildren().getFirst();
        assertThat(textOf(todo)).isEqualTo("todo");
    }

    private static List<String> markers(VBox list) {
        return list.getChildren().stream().map(row -> ((Text) ((HBox) row).getChildren().getFirst()).getText()).toList();
    }

    @Test
    void quotesAndRulesAreTheirOwnBlocks(FxRobot robot) {
        List<Node> nodes = show(robot, "> quoted *words*\n\n---\n\nafter");

        assertThat(nodes).hasSize(3);
        assertThat(nodes.get(0).getStyleClass()).contains("md-blockquote");
        assertThat(textOf((TextFlow) ((VBox) nodes.get(0)).getChildren().getFirst())).isEqualTo("quoted words");
        assertThat(nodes.get(1)).isInstanceOf(Separator.class);
        assertThat(textOf((TextFlow) nodes.get(2))).isEqualTo("after");
    }

    @Test
    void tablesAreGridsWithHeaderCellsAndColumnAlignment(FxRobot robot) {
        List<Node> nodes = show(robot, "| Model | Size |\n|:------|-----:|\n| llama | 2 GB |\n| gemma | 3 GB |\n");

        GridPane grid = (GridPane) nodes.getFirst();
        assertThat(grid.getStyleClass()).contains("md-table");
        assertThat(grid.getChildren()).hasSize(6);
        TextFlow header = cell(grid, 0, 1);
        assertThat(textOf(header)).isEqualTo("Size");
        assertThat(header.getStyleClass()).contains("md-table-header");
        TextFlow size = cell(grid, 2, 1);
        assertThat(textOf(size)).isEqualTo("3 GB");
        assertThat(size.getTextAlignment()).isEqualTo(javafx.scene.text.TextAlignment.RIGHT);
        assertThat(size.getStyleClass()).doesNotContain("md-table-header");
    }

    private static TextFlow cell(GridPane grid, int row, int column) {
        return grid.getChildren().stream()
                .filter(n -> GridPane.getRowIndex(n) == row && GridPane.getColumnIndex(n) == column)
                .map(TextFlow.class::cast).findFirst().orElseThrow();
    }

    @Test
    void codeBlocksShowTheLanguageAndCopyTheCode(FxRobot robot) {
        String code = "public static void main(String[] args) {\n    System.out.println(\"a very long line that does not wrap\");\n}";
        List<Node> nodes = show(robot, "```java\n" + code + "\n```\n");

        CodeBlockView block = (CodeBlockView) nodes.getFirst();
        assertThat(block.language()).isEqualTo("java");
        assertThat(block.code()).isEqualTo(code);
        assertThat(robot.from(block).lookup(".md-code-language").queryAs(Label.class).getText()).isEqualTo("java");
        Button copy = robot.from(block).lookup(".md-code-copy").queryButton();
        assertThat(copy.getText()).isEqualTo("Copy");

        robot.clickOn(copy);

        AtomicReference<String> clipboard = new AtomicReference<>();
        robot.interact(() -> clipboard.set(Clipboard.getSystemClipboard().getString()));
        assertThat(clipboard.get()).isEqualTo(code);
        assertThat(copy.getText()).isEqualTo("Copied");
    }

    @Test
    void theWheelOverACodeBlockScrollsTheAnswerNotTheBlock(FxRobot robot) {
        String filler = "A paragraph that takes some room.\n\n".repeat(30);
        List<Node> nodes = show(robot, filler + "```\n" + "a long line of code ".repeat(40) + "\n```\n\n" + filler);
        CodeBlockView block = nodes.stream().filter(CodeBlockView.class::isInstance).map(CodeBlockView.class::cast)
                .findFirst().orElseThrow();
        ScrollPane answer = (ScrollPane) host.getParent().getParent().getParent();
        robot.interact(() -> answer.setVvalue(0.5));

        robot.moveTo(block).scroll(3, javafx.geometry.VerticalDirection.DOWN);

        assertThat(answer.getVvalue()).isGreaterThan(0.5);
    }

    @Test
    void aCodeBlockWithoutLanguageAndAnIndentedOneAreLabelledCode(FxRobot robot) {
        List<Node> nodes = show(robot, "```\nplain\n```\n\n    indented\n");

        assertThat(nodes).hasSize(2).allSatisfy(node -> assertThat(node).isInstanceOf(CodeBlockView.class));
        assertThat(robot.from(nodes.get(1)).lookup(".md-code-language").queryAs(Label.class).getText()).isEqualTo("code");
        assertThat(((CodeBlockView) nodes.get(1)).code()).isEqualTo("indented");
    }

    @Test
    void thaiTextIsCutIntoWordsSoItWrapsCorrectly(FxRobot robot) {
        String thai = "ภาษาไทยเขียนติดกันโดยไม่มีช่องว่างระหว่างคำ";
        List<Node> nodes = show(robot, "**" + thai + "** and English");

        List<Text> spans = spans(nodes.getFirst());
        assertThat(textOf((TextFlow) nodes.getFirst())).isEqualTo(thai + " and English");
        assertThat(spans.size()).isGreaterThan(4);
        assertThat(spans.getFirst().getStyleClass()).contains("md-strong");
        assertThat(spans.getLast().getText()).isEqualTo(" and English");
    }

    @Test
    void thaiLabelsComeFromTheThaiBundle() {
        MarkdownStrings thai = MarkdownStrings.load(Locale.forLanguageTag("th"));
        assertThat(thai.copy()).isEqualTo("คัดลอก");
        assertThat(MarkdownStrings.load(Locale.GERMAN).copy()).isEqualTo("Copy");
    }
}
