package dev.aura.plugins.chat.ui.markdown;

import static dev.aura.plugins.chat.ui.markdown.NodeDescriptions.describe;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An answer streaming in: what is shown while it arrives and once it is done. */
@ExtendWith(ApplicationExtension.class)
class StreamingMarkdownViewUiTest {
    private static final String ANSWER = MarkdownBlockSplitterTest.ANSWER + """

            Closing words with **bold**, a [link](https://example.org) and `code`.

            - [x] a task
            - [ ] another

            ```
            unclosed at the end
            """;

    private final MarkdownStrings strings = MarkdownStrings.load(Locale.ENGLISH);
    private StreamingMarkdownView streamed;
    private StreamingMarkdownView whole;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        streamed = new StreamingMarkdownView(link -> {}, strings);
        whole = new StreamingMarkdownView(link -> {}, strings);
        ScrollPane left = new ScrollPane(streamed);
        left.setFitToWidth(true);
        ScrollPane right = new ScrollPane(whole);
        right.setFitToWidth(true);
        Scene scene = new Scene(new HBox(left, right), 900, 600);
        scene.getStylesheets().add(MarkdownRenderer.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private void waitUntilDone(StreamingMarkdownView view) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !onFx(view::isStreaming));
    }

    @Test
    void streamingInManySmallChunksShowsTheSameBlocksAsTheFinishedText() throws Exception {
        Thread producer = Thread.ofPlatform().start(() -> {
            Random random = new Random(7);
            for (int i = 0; i < ANSWER.length(); ) {
                int end = Math.min(ANSWER.length(), i + 1 + random.nextInt(6));
                streamed.append(ANSWER.substring(i, end));
                i = end;
                if (random.nextInt(8) == 0) {
                    sleep(2);
                }
            }
            streamed.finish();
        });
        producer.join();
        waitUntilDone(streamed);
        onFx(() -> {
            whole.setText(ANSWER);
            return null;
        });

        String streamedBlocks = onFx(() -> describe(streamed.blockNodes()));
        assertThat(streamedBlocks).isEqualTo(onFx(() -> describe(whole.blockNodes())));
        assertThat(streamedBlocks).isEqualTo(onFx(() -> describe(new MarkdownRenderer(link -> {}, strings).render(ANSWER))));
        assertThat(onFx(streamed::getText)).isEqualTo(ANSWER);
        assertThat(onFx(() -> streamed.blockNodes().getLast())).isInstanceOf(CodeBlockView.class);
    }

    @Test
    void finishedBlocksStayAndAGrowingCodeBlockGrowsInPlace() throws Exception {
        streamed.append("First paragraph.\n\nSecond paragraph.\n"); // its complete line finishes the first block
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> streamed.blockNodes().size()) == 2);
        Node first = onFx(() -> streamed.blockNodes().getFirst());

        streamed.append("\n```python\nx = 1\n");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> streamed.blockNodes().getLast()) instanceof CodeBlockView);
        CodeBlockView code = (CodeBlockView) onFx(() -> streamed.blockNodes().getLast());
        assertThat(code.language()).isEqualTo("python");

        streamed.append("y = 2\n");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(code::code).equals("x = 1\ny = 2"));
        List<Node> blocks = onFx(streamed::blockNodes);
        assertThat(blocks).hasSize(3);
        assertThat(blocks.getFirst()).isSameAs(first);
        assertThat(blocks.getLast()).isSameAs(code);
        assertThat(onFx(streamed::isStreaming)).isTrue();

        streamed.append("```\nDone.");
        streamed.finish();
        waitUntilDone(streamed);
        blocks = onFx(streamed::blockNodes);
        assertThat(blocks).hasSize(4);
        assertThat(blocks.get(2)).isSameAs(code);
        assertThat(code.code()).isEqualTo("x = 1\ny = 2");
    }

    @Test
    void aGrowingParagraphKeepsItsNodesAndOnlyItsLastSpanChanges() throws Exception {
        streamed.append("Growing **bold** para");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> streamed.blockNodes().size()) == 1);
        TextFlow flow = (TextFlow) onFx(() -> streamed.blockNodes().getFirst());
        Node bold = onFx(() -> flow.getChildren().get(1));

        streamed.append("graph, still *growing");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> onFx(() -> NodeDescriptions.textOf(flow)).equals("Growing bold paragraph, still *growing"));
        streamed.append("*.");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> onFx(() -> NodeDescriptions.textOf(flow)).equals("Growing bold paragraph, still growing."));

        assertThat(onFx(streamed::blockNodes)).containsExactly(flow);
        assertThat(onFx(() -> flow.getChildren().get(1))).isSameAs(bold);
        assertThat(onFx(() -> flow.getChildren().get(3).getStyleClass())).contains("md-em");
    }

    @Test
    void anAnswerArrivingAllAtOnceIsShownInFullOverTheNextPulses() throws Exception {
        String longAnswer = (MarkdownBlockSplitterTest.ANSWER + "\n").repeat(60);
        streamed.append(longAnswer);
        streamed.finish();
        waitUntilDone(streamed);
        onFx(() -> {
            whole.setText(longAnswer);
            return null;
        });

        assertThat(onFx(() -> streamed.blockNodes().size())).isEqualTo(onFx(() -> whole.blockNodes().size())).isGreaterThan(600);
        assertThat(onFx(streamed::getText)).isEqualTo(longAnswer);
    }

    @Test
    void settingTheTextReplacesAStreamInProgress() throws Exception {
        streamed.append("Streaming **partial");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> streamed.blockNodes().size()) == 1);
        onFx(() -> {
            streamed.setText("# Saved answer\n");
            return null;
        });

        assertThat(onFx(streamed::isStreaming)).isFalse();
        assertThat(onFx(() -> describe(streamed.blockNodes()))).contains("md-h1").doesNotContain("partial");
    }

    @Test
    void aViewOutsideAnySceneWaitsAndShowsTheStreamOnceShown() throws Exception {
        StreamingMarkdownView detached = onFx(() -> new StreamingMarkdownView(link -> {}, strings));
        detached.append("# Title\n\nText");
        detached.finish();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertThat(onFx(detached::isStreaming)).isTrue();
        assertThat(onFx(detached::blockNodes)).isEmpty();

        onFx(() -> {
            ((ScrollPane) ((HBox) streamed.getScene().getRoot()).getChildren().getFirst()).setContent(detached);
            return null;
        });
        waitUntilDone(detached);

        assertThat(onFx(() -> detached.blockNodes().size())).isEqualTo(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
