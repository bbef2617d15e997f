package dev.aura.plugins.chat.ui.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import org.commonmark.node.FencedCodeBlock;

/**
 * Markdown that can stream in: {@link #append} from any thread only buffers; while streaming, an
 * {@link AnimationTimer} applies the buffer once per pulse. Finished top-level blocks are rendered once into pages
 * that are never touched again; only the open (last) block is rendered again, and patched into the nodes shown
 * ({@link NodePatcher}): a growing paragraph only gets its last span's text set, a growing code block its new lines. So the work per pulse depends on the size of the last block, not on the length of the answer. When text
 * arrives faster than it can be shown (all at once, say), finished blocks are built for a few milliseconds per pulse
 * and the rest follows in the next pulses, so the window never freezes.
 *
 * <p>Add {@link MarkdownRenderer#STYLESHEET} to the panel that shows it. Streaming: {@code append(chunk)}... then
 * {@code finish()} (also after an error or a stop, to show the tail). A finished message: {@link #setText}. The
 * timer runs only while the view is in a scene; a view taken out mid-stream continues when it is shown again.
 */
public final class StreamingMarkdownView extends VBox {
    /** Building plus CSS and layout per pulse while catching up; with painting it stays near one 16 ms pulse. */
    private static final long CATCH_UP_PULSE_NANOS = 8_000_000L;
    private static final long MIN_BUILD_BUDGET_NANOS = 300_000L;
    private static final long MAX_BUILD_BUDGET_NANOS = 6_000_000L;
    private static final int BLOCKS_PER_PAGE = 24;

    private final MarkdownRenderer renderer;
    private final PendingText pending = new PendingText();
    private final AtomicBoolean timerRequested = new AtomicBoolean();
    private volatile boolean finishRequested;
    private final ReadOnlyBooleanWrapper streaming = new ReadOnlyBooleanWrapper(this, "streaming");
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse();
        }
    };

    // Owned by the FX thread.
    private final StringBuilder text = new StringBuilder();
    private final MarkdownBlockSplitter splitter = new MarkdownBlockSplitter();
    private final ArrayDeque<Integer> finishedEnds = new ArrayDeque<>();
    private final List<Node> openNodes = new ArrayList<>();
    private int committedEnd;
    private int openRenderedLength = -1;
    private BlockPage lastPage;
    private long buildBudgetNanos = 1_000_000L;
    private long pulseStart;
    private boolean caughtUpThisPulse;
    private Scene measuredScene;
    private final Runnable afterLayout = this::adaptBuildBudget;

    public StreamingMarkdownView(MarkdownRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        getStyleClass().add("md-view");
        setMinWidth(0);
        sceneProperty().addListener((obs, old, scene) -> {
            if (streaming.get()) {
                pauseTimer();
                resumeTimer(); // in the new scene, or not at all while out of one
            }
        });
    }

    /** {@code linkHandler} receives a link's destination when the user clicks it. */
    public StreamingMarkdownView(Consumer<String> linkHandler, MarkdownStrings strings) {
        this(new MarkdownRenderer(linkHandler, strings));
    }

    /** Adds streamed text. Any thread; cheap: the text is shown at the next pulse. */
    public void append(String chunk) {
        if (chunk == null || chunk.isEmpty()) {
            return;
        }
        pending.append(chunk);
        requestTimer();
    }

    /** The stream ended (done, stopped or failed): shows the rest, then stops the timer. Any thread. */
    public void finish() {
        finishRequested = true;
        requestTimer();
    }

    /** Shows a finished message at once, replacing whatever was shown or streaming. FX thread. */
    public void setText(String markdown) {
        stopTimer();
        pending.clear();
        finishRequested = false;
        getChildren().clear();
        openNodes.clear();
        finishedEnds.clear();
        splitter.reset();
        text.setLength(0);
        committedEnd = 0;
        openRenderedLength = -1;
        lastPage = null;
        if (markdown != null) {
            text.append(markdown);
        }
        splitter.scan(text, finishedEnds::addLast);
        while (!finishedEnds.isEmpty()) {
            commit(finishedEnds.removeFirst());
        }
        commit(text.length());
    }

    /** The Markdown applied so far (text still buffered for the next pulse is not included). FX thread. */
    public String getText() {
        return text.toString();
    }

    /** True from the first {@link #append} until {@link #finish} has shown everything. */
    public ReadOnlyBooleanProperty streamingProperty() {
        return streaming.getReadOnlyProperty();
    }

    public boolean isStreaming() {
        return streaming.get();
    }

    /** The rendered top-level block nodes in order, finished and open (for tests and for copying a block). */
    public List<Node> blockNodes() {
        List<Node> blocks = new ArrayList<>();
        for (Node child : getChildren()) {
            if (child instanceof BlockPage page) {
                blocks.addAll(page.getChildren());
            } else {
                blocks.add(child);
            }
        }
        return blocks;
    }

    private void requestTimer() {
        if (timerRequested.compareAndSet(false, true)) {
            if (Platform.isFxApplicationThread()) {
                startTimer();
            } else {
                Platform.runLater(this::startTimer);
            }
        }
    }

    private void startTimer() {
        if (!timerRequested.get()) {
            return; // setText came first and took over
        }
        streaming.set(true);
        resumeTimer();
    }

    private void stopTimer() {
        pauseTimer();
        timerRequested.set(false);
        streaming.set(false);
    }

    /** The timer runs only while the view is in a scene, so a view dropped mid-stream does not keep it alive. */
    private void resumeTimer() {
        measuredScene = getScene();
        if (measuredScene != null) {
            measuredScene.addPostLayoutPulseListener(afterLayout);
            timer.start();
        }
    }

    private void pauseTimer() {
        timer.stop();
        if (measuredScene != null) {
            measuredScene.removePostLayoutPulseListener(afterLayout);
            measuredScene = null;
        }
    }

    private void pulse() {
        pulseStart = System.nanoTime();
        caughtUpThisPulse = false;
        boolean finishing = finishRequested;
        String chunk = pending.take();
        if (chunk != null) {
            text.append(chunk);
            splitter.scan(text, finishedEnds::addLast);
        }
        long deadline = pulseStart + buildBudgetNanos;
        while (!finishedEnds.isEmpty()) {
            commit(finishedEnds.removeFirst());
            if (System.nanoTime() >= deadline) {
                break;
            }
        }
        if (!finishedEnds.isEmpty()) {
            caughtUpThisPulse = true;
            return; // catching up: the open block waits until the finished ones are shown
        }
        if (!finishing) {
            renderOpenBlock();
            return;
        }
        commit(text.length());
        finishRequested = false;
        stopTimer();
        if (!pending.isEmpty() || finishRequested) {
            requestTimer(); // text arrived after finish(): show it too
        }
    }

    /**
     * New nodes cost more in CSS and layout than to build, and how much more depends on the machine, so the time spent
     * building while catching up is steered by what the whole pulse (build, CSS, layout) took.
     */
    private void adaptBuildBudget() {
        if (!caughtUpThisPulse) {
            return;
        }
        caughtUpThisPulse = false;
        long pulse = System.nanoTime() - pulseStart;
        if (pulse > CATCH_UP_PULSE_NANOS) {
            buildBudgetNanos = Math.max(MIN_BUILD_BUDGET_NANOS, buildBudgetNanos * 2 / 3);
        } else if (pulse < CATCH_UP_PULSE_NANOS * 3 / 4) {
            buildBudgetNanos = Math.min(MAX_BUILD_BUDGET_NANOS, buildBudgetNanos * 5 / 4);
        }
    }

    /** Renders text[committedEnd, end) once into the pages, in place of the open block's nodes. */
    private void commit(int end) {
        List<Node> nodes = new ArrayList<>();
        if (end > committedEnd) {
            org.commonmark.node.Node first = MarkdownRenderer.parse(text.substring(committedEnd, end)).getFirstChild();
            if (first instanceof FencedCodeBlock fenced && !openNodes.isEmpty()
                    && openNodes.getFirst() instanceof CodeBlockView code
                    && code.language().equals(MarkdownRenderer.languageOf(fenced.getInfo()))) {
                code.setCode(fenced.getLiteral()); // the streamed block is kept: a new one would cost its CSS again
                nodes.add(code);
                first = first.getNext();
            }
            nodes.addAll(renderer.renderFrom(first));
        }
        removeOpenNodes();
        for (Node node : nodes) {
            if (lastPage == null || lastPage.getChildren().size() >= BLOCKS_PER_PAGE) {
                lastPage = new BlockPage();
                getChildren().add(lastPage);
            }
            lastPage.getChildren().add(node);
        }
        committedEnd = end;
    }

    private void renderOpenBlock() {
        if (text.length() == openRenderedLength) {
            return;
        }
        openRenderedLength = text.length();
        org.commonmark.node.Node document = MarkdownRenderer.parse(text.substring(committedEnd));
        if (openNodes.size() == 1 && openNodes.getFirst() instanceof CodeBlockView code
                && document.getFirstChild() instanceof FencedCodeBlock fenced && fenced.getNext() == null
                && code.language().equals(MarkdownRenderer.languageOf(fenced.getInfo()))) {
            code.setCode(fenced.getLiteral());
            return;
        }
        List<Node> fresh = renderer.renderChildren(document);
        int base = getChildren().size() - openNodes.size();
        int common = Math.min(openNodes.size(), fresh.size());
        for (int i = 0; i < common; i++) {
            if (!NodePatcher.patch(openNodes.get(i), fresh.get(i))) {
                getChildren().set(base + i, fresh.get(i));
                openNodes.set(i, fresh.get(i));
            }
        }
        if (openNodes.size() > common) {
            getChildren().remove(base + common, base + openNodes.size());
            openNodes.subList(common, openNodes.size()).clear();
        } else if (fresh.size() > common) {
            List<Node> added = fresh.subList(common, fresh.size());
            getChildren().addAll(added);
            openNodes.addAll(added);
        }
    }

    private void removeOpenNodes() {
        if (!openNodes.isEmpty()) {
            int size = getChildren().size();
            getChildren().remove(size - openNodes.size(), size);
            openNodes.clear();
        }
        openRenderedLength = -1;
    }
}
