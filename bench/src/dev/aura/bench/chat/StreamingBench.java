package dev.aura.bench.chat;

import dev.aura.bench.FxThread;
import atlantafx.base.theme.PrimerLight;
import dev.aura.plugins.chat.ui.markdown.MarkdownRenderer;
import dev.aura.plugins.chat.ui.markdown.MarkdownStrings;
import dev.aura.plugins.chat.ui.markdown.StreamingMarkdownView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

/**
 * Streaming a 20,000-token Markdown answer into the chat's {@link StreamingMarkdownView} (issue 3, "Benchmarks").
 * Run in JavaFX's headless platform ({@code -Dglass.platform=Headless -Dprism.order=sw}) with the app's libraries on
 * the class path. The view sits in a ScrollPane of a 900x700 stage kept at the bottom (a height listener sets vvalue to
 * vmax), as the chat panel does.
 *
 * <p>How it measures: an AnimationTimer started before the view's own records the gap between consecutive pulses.
 * Scene pre- and post-layout pulse listeners bracket the CSS and layout pass of each pulse ({@code layout}); the time
 * from the probe timer to the pre-layout listener is the view's own per-pulse work ({@code build}: parsing and
 * creating nodes). Both are reported as wall time and as the FX thread's CPU time ({@code _cpu_}), which other
 * processes on a busy machine do not inflate. {@code paint_cpu_mean} is the CPU time of JavaFX's render thread per
 * pulse (painting is not part of the FX thread's pulse). Phases: (a) floor: the finished answer scrolled 1 px per pulse, no streaming; (b) streaming at
 * 2,500 tokens/s from a background thread; (c) all tokens appended at once. Rendered tokens/s is end to end: from the
 * first append to the pulse where the view has shown everything after {@code finish()}. The first and last 10% are
 * the first and last tenth of the pulses recorded while streaming. Prints one JSON object per
 * metric on stdout, progress on stderr. From the repository root, after {@code ./mvnw -B -o -q -DskipTests package -pl app
 * -am}, with the app's own JVM options (Serial GC, small initial heap):
 * <pre>
 * javac -d bench/out/chat -cp "app/target/lib/*" bench/src/dev/aura/bench/chat/StreamingBench.java
 * java --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -Xms32m -Dglass.platform=Headless -Dprism.order=sw \
 *      -cp "bench/out/chat:app/target/lib/*" dev.aura.bench.chat.StreamingBench
 * </pre>
 * {@code -Dbench.trace=DIR} also writes every phase's pulses to DIR/PHASE.tsv.
 */
public final class StreamingBench {
    private static final int TOKENS = 20_000;
    private static final int FLOOR_PULSES = 400;

    private final List<String> tokens;
    private final int totalLength;
    private Stage stage;
    private Scene scene;
    private ScrollPane scroll;
    private StreamingMarkdownView view;
    private volatile boolean followBottom = true;

    // Written by the FX thread only.
    private final List<Double> gaps = new ArrayList<>();
    private final List<double[]> trace = new ArrayList<>(); // {uptime ms, gap, previous pulse's build CPU, layout CPU, layout}
    private final List<double[]> pulses = new ArrayList<>(); // {build, layout, build CPU, layout CPU} ms per pulse
    private final java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    private long lastPulse;
    private long probeAt;
    private long preLayoutAt;
    private long probeCpu;
    private long renderThreadId = -1;
    private long lastRenderCpu;
    private final List<Double> renderCpu = new ArrayList<>(); // the render thread's CPU ms between two pulses
    private long preLayoutCpu;
    private boolean recording;
    private Runnable perPulse = () -> {};

    private StreamingBench(List<String> tokens) {
        this.tokens = tokens;
        this.totalLength = tokens.stream().mapToInt(String::length).sum();
    }

    public static void main(String[] args) throws Exception {
        List<String> tokens = AnswerGenerator.tokens(TOKENS, 42);
        log("answer: " + tokens.size() + " tokens, " + tokens.stream().mapToInt(String::length).sum() + " chars; "
                + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.version"));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        StreamingBench bench = new StreamingBench(tokens);
        FxThread.run(bench::showStage);
        bench.stream("warmup", 0, false); // JIT warm-up, not reported
        bench.stream("warmup", 0, false);
        bench.floor();
        bench.stream("stream_2500", 2_500, true);
        bench.stream("stream_burst", 0, true);
        Platform.exit();
    }

    private void showStage() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage = new Stage();
        scroll = new ScrollPane();
        scroll.setFitToWidth(true);
        scene = new Scene(scroll, 900, 700);
        scene.getStylesheets().add(MarkdownRenderer.STYLESHEET);
        scene.addPreLayoutPulseListener(() -> {
            preLayoutAt = System.nanoTime();
            preLayoutCpu = cpu.getCurrentThreadCpuTime();
        });
        scene.addPostLayoutPulseListener(this::afterLayout);
        stage.setScene(scene);
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                probeAt = System.nanoTime();
                probeCpu = cpu.getCurrentThreadCpuTime();
                long render = renderThreadId < 0 ? 0 : cpu.getThreadCpuTime(renderThreadId);
                if (recording && lastPulse != 0) {
                    renderCpu.add((render - lastRenderCpu) / 1e6);
                }
                lastRenderCpu = render;
                if (recording && lastPulse != 0) {
                    gaps.add((probeAt - lastPulse) / 1e6);
                    trace.add(new double[] {java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(),
                            (probeAt - lastPulse) / 1e6, pulses.isEmpty() ? 0 : pulses.getLast()[2],
                            pulses.isEmpty() ? 0 : pulses.getLast()[3], pulses.isEmpty() ? 0 : pulses.getLast()[1]});
                }
                lastPulse = probeAt;
                perPulse.run();
            }
        }.start();
    }

    private void newView() {
        view = new StreamingMarkdownView(link -> {}, MarkdownStrings.load(Locale.ENGLISH));
        view.heightProperty().addListener((obs, old, height) -> {
            if (followBottom) {
                scroll.setVvalue(scroll.getVmax());
            }
        });
        scroll.setContent(view);
    }

    private void afterLayout() {
        if (recording && preLayoutAt >= probeAt) {
            pulses.add(new double[] {(preLayoutAt - probeAt) / 1e6, (System.nanoTime() - preLayoutAt) / 1e6,
                    (preLayoutCpu - probeCpu) / 1e6, (cpu.getCurrentThreadCpuTime() - preLayoutCpu) / 1e6});
        }
    }

    /** (a) The finished answer scrolled 1 px per pulse from the top: what the renderer costs with no streaming. */
    private void floor() throws Exception {
        FxThread.run(() -> {
            followBottom = false;
            newView();
            view.setText(String.join("", tokens));
        });
        settle();
        FxThread.run(() -> log("finished answer: " + nodeCount(view) + " nodes, " + Math.round(view.getHeight()) + " px high"));
        CompletableFuture<Void> done = new CompletableFuture<>();
        FxThread.run(() -> {
            scroll.setVvalue(0);
            startRecording();
            int[] left = {FLOOR_PULSES};
            perPulse = () -> {
                double scrollable = view.getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(Math.min(1, scroll.getVvalue() + 1 / scrollable));
                if (--left[0] == 0) {
                    recording = false;
                    perPulse = () -> {};
                    done.complete(null);
                }
            };
        });
        done.get(60, TimeUnit.SECONDS);
        report("floor", gaps, -1);
    }

    /** (b) paced at {@code tokensPerSecond}, or (c) with 0: every token appended as fast as the thread can. */
    private void stream(String name, int tokensPerSecond, boolean print) throws Exception {
        FxThread.run(() -> {
            followBottom = true;
            newView();
        });
        settle();
        CompletableFuture<Long> shown = new CompletableFuture<>();
        FxThread.run(() -> {
            startRecording();
            view.streamingProperty().addListener((obs, was, now) -> {
                if (!now) {
                    recording = false;
                    shown.complete(System.nanoTime());
                }
            });
        });
        long start = System.nanoTime();
        Thread producer = Thread.ofPlatform().name("bench-producer").start(() -> produce(start, tokensPerSecond));
        long end = shown.get(120, TimeUnit.SECONDS);
        producer.join();
        double seconds = (end - start) / 1e9;
        if (print) {
            report(name, gaps, tokens.size() / seconds);
        } else {
            log(name + ": " + tokens.size() + " tokens shown in " + Math.round(seconds * 1000) + " ms");
        }
    }

    private void produce(long start, int tokensPerSecond) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokensPerSecond > 0) {
                long due = start + (long) (i * 1e9 / tokensPerSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            view.append(tokens.get(i));
        }
        view.finish();
    }

    private static int nodeCount(javafx.scene.Node node) {
        int count = 1;
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                count += nodeCount(child);
            }
        }
        return count;
    }

    private void startRecording() {
        renderThreadId = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::threadId).findFirst().orElse(-1);
        renderCpu.clear();
        trace.clear();
        gaps.clear();
        pulses.clear();
        lastPulse = 0;
        recording = true;
    }

    private void settle() throws InterruptedException {
        Thread.sleep(500);
    }

    /** With -Dbench.trace=DIR, each phase's pulses go to DIR/NAME.tsv, to find what the slowest pulses did. */
    private void writeTrace(String name) {
        String dir = System.getProperty("bench.trace", "");
        if (dir.isBlank()) {
            return;
        }
        StringBuilder tsv = new StringBuilder("uptime_ms\tgap_ms\tbuild_cpu_ms\tlayout_cpu_ms\tlayout_ms\n");
        for (double[] row : trace) {
            tsv.append(String.format(Locale.ROOT, "%.0f\t%.1f\t%.2f\t%.2f\t%.2f%n", row[0], row[1], row[2], row[3], row[4]));
        }
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            java.nio.file.Files.writeString(java.nio.file.Path.of(dir, name + ".tsv"), tsv);
        } catch (java.io.IOException e) {
            log("could not write the trace: " + e.getMessage());
        }
    }

    private void report(String name, List<Double> gapList, double tokensPerSecond) {
        writeTrace(name);
        double[] sorted = gapList.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        print(name, "p50_gap", percentile(sorted, 50), "ms");
        print(name, "p99_gap", percentile(sorted, 99), "ms");
        print(name, "max_gap", sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1], "ms");
        print(name, "pulses", sorted.length, "count");
        print(name, "paint_cpu_mean", renderCpu.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN), "ms");
        if (tokensPerSecond >= 0) {
            print(name, "tokens_per_s", tokensPerSecond, "tok/s");
            int tenth = Math.max(1, pulses.size() / 10);
            for (String part : List.of("first10", "last10")) {
                List<double[]> slice = part.equals("first10") ? pulses.subList(0, tenth)
                        : pulses.subList(pulses.size() - tenth, pulses.size());
                double[] build = slice.stream().mapToDouble(p -> p[0]).sorted().toArray();
                double[] layout = slice.stream().mapToDouble(p -> p[1]).sorted().toArray();
                print(name, "layout_cpu_" + part + "_mean", slice.stream().mapToDouble(p -> p[3]).average().orElse(Double.NaN), "ms");
                print(name, "build_cpu_" + part + "_mean", slice.stream().mapToDouble(p -> p[2]).average().orElse(Double.NaN), "ms");
                print(name, "layout_" + part + "_mean", Arrays.stream(layout).average().orElse(Double.NaN), "ms");
                print(name, "layout_" + part + "_p99", percentile(layout, 99), "ms");
                print(name, "build_" + part + "_mean", Arrays.stream(build).average().orElse(Double.NaN), "ms");
                print(name, "build_" + part + "_p99", percentile(build, 99), "ms");
            }
        }
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void print(String phase, String metric, double value, String unit) {
        String number = value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
        System.out.println("{\"bench\":\"chat\",\"metric\":\"" + phase + "_" + metric + "\",\"value\":" + number
                + ",\"unit\":\"" + unit + "\"}");
        System.out.flush();
    }

    private static void log(String message) {
        System.err.println("bench: " + message);
    }

    /** A long Markdown answer of the kind a model writes: headings, paragraphs, lists, code blocks, tables, quotes. */
    static final class AnswerGenerator {
        private static final String[] WORDS = ("the model answer stream token render layout pulse block list table code "
                + "value result memory thread window scroll height paragraph heading quote install configure server local "
                + "fast slow simple example request response cache index query search vector embed context prompt").split(" ");
        private static final java.util.regex.Pattern TOKEN =
                java.util.regex.Pattern.compile(" ?[A-Za-z]{1,7}| ?[0-9]{1,3}| ?[^A-Za-z0-9\\s]|\\n| +");

        static List<String> tokens(int count, long seed) {
            java.util.Random random = new java.util.Random(seed);
            List<String> tokens = new ArrayList<>();
            for (int section = 1; tokens.size() < count; section++) {
                StringBuilder md = new StringBuilder("## " + section + ". " + capitalized(words(random, 4)) + "\n\n");
                paragraph(random, md);
                switch (section % 4) {
                    case 0 -> list(random, md, false);
                    case 1 -> code(random, md);
                    case 2 -> table(random, md);
                    default -> list(random, md, true);
                }
                paragraph(random, md);
                if (section % 5 == 0) {
                    md.append("> ").append(capitalized(words(random, 25))).append(".\n\n");
                }
                java.util.regex.Matcher m = TOKEN.matcher(md);
                while (m.find() && tokens.size() < count) {
                    tokens.add(m.group());
                }
            }
            return tokens;
        }

        private static void paragraph(java.util.Random random, StringBuilder md) {
            int sentences = 3 + random.nextInt(5);
            for (int i = 0; i < sentences; i++) {
                String sentence = capitalized(words(random, 8 + random.nextInt(12)));
                switch (random.nextInt(6)) {
                    case 0 -> sentence += " with **" + words(random, 2) + "**";
                    case 1 -> sentence += " using `" + WORDS[random.nextInt(WORDS.length)] + "()`";
                    case 2 -> sentence += " as in [the guide](https://example.org/" + WORDS[random.nextInt(WORDS.length)] + ")";
                    case 3 -> sentence += " and *" + words(random, 3) + "*";
                    default -> { }
                }
                md.append(sentence).append(i + 1 < sentences ? ". " : ".\n\n");
            }
        }

        private static void list(java.util.Random random, StringBuilder md, boolean ordered) {
            int items = 3 + random.nextInt(5);
            for (int i = 1; i <= items; i++) {
                md.append(ordered ? i + ". " : "- ").append(capitalized(words(random, 6 + random.nextInt(14)))).append('\n');
                if (!ordered && random.nextInt(4) == 0) {
                    md.append("  - ").append(words(random, 6)).append('\n');
                }
            }
            md.append('\n');
        }

        private static void code(java.util.Random random, StringBuilder md) {
            md.append("```java\n");
            int lines = 8 + random.nextInt(22);
            for (int i = 0; i < lines; i++) {
                String name = WORDS[random.nextInt(WORDS.length)];
                md.append(i % 6 == 5 ? "\n" : "    var " + name + i + " = " + name + ".apply(" + random.nextInt(1000)
                        + ", \"" + words(random, 2) + "\");\n");
            }
            md.append("```\n\n");
        }

        private static void table(java.util.Random random, StringBuilder md) {
            md.append("| Name | Kind | Size | Notes |\n|------|------|-----:|-------|\n");
            int rows = 4 + random.nextInt(5);
            for (int i = 0; i < rows; i++) {
                md.append("| ").append(WORDS[random.nextInt(WORDS.length)]).append(" | ").append(words(random, 2))
                        .append(" | ").append(random.nextInt(10_000)).append(" | ").append(words(random, 5)).append(" |\n");
            }
            md.append('\n');
        }

        private static String words(java.util.Random random, int count) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < count; i++) {
                sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            return sb.toString();
        }

        private static String capitalized(String text) {
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }
}
