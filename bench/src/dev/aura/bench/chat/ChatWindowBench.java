package dev.aura.bench.chat;

import dev.aura.bench.FxThread;
import dev.aura.bench.Metric;
import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.CorePluginContext;
import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.chat.ChatPlugin;
import dev.aura.plugins.chat.model.ConversationSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import atlantafx.base.theme.PrimerLight;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The chat window figures of issue 3, in JavaFX's headless platform with the real plugin over a real core: the
 * conversation list with 10,000 conversations painting, a 5,000-message conversation opening to its last screen,
 * scrolling it (pulse gaps against a floor measured in the same run), and resident memory with it open.
 *
 * <p>Argument: a work folder; the generated profile is kept there and reused by the next run (generating takes a
 * minute). Each measured start opens the profile afresh, as the app does.
 */
public final class ChatWindowBench {
    private static final String BENCH = "chat";
    private static final int SCROLL_PULSES = 600;

    private ChatWindowBench() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "bench/out/chat/window").toAbsolutePath();
        Path profile = work.resolve("profile");
        try (FakeOllamaServer ollama = new FakeOllamaServer()) {
            ollama.addModel("llama3.2");
            ollama.start();
            UUID longConversation = ChatBenchData.ensure(profile, ollama.url().toString());
            try (AuraCore core = openCore(profile, ollama)) {
                ChatPlugin plugin = new ChatPlugin();
                core.store().migrate(plugin.migrations().orElseThrow());
                plugin.start(new CorePluginContext(core, plugin.descriptor(), quietNotifier(), Locale.ENGLISH, true));
                try {
                    measure(plugin, longConversation);
                } finally {
                    plugin.stop();
                }
            }
        }
        System.exit(0);
    }

    private static AuraCore openCore(Path profile, FakeOllamaServer ollama) {
        return AuraCoreFactory.open(new AuraCoreFactory.Options(profile.toString(), ollama.url().toString(),
                System.getenv(), true));
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static void measure(AuraPlugin plugin, UUID longConversation) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);

        Stage[] stage = new Stage[1];
        long listStart = System.nanoTime();
        FxThread.run(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Node view = plugin.createView();
            stage[0] = new Stage();
            stage[0].setScene(new Scene((javafx.scene.Parent) view, 1280, 800));
            stage[0].show();
            plugin.activate();
        });
        ListView<?> conversations = (ListView<?>) FxThread.lookup(stage[0], "#conversation-list");
        FxThread.waitForPulse(() -> conversations.getItems().size() >= 10_000 && visibleCells(conversations) > 0);
        new Metric(BENCH, "list_10000_conversations_first_paint_cold", ms(System.nanoTime() - listStart), "ms").print();

        // the list loaded again as a user does it: to the trash (empty) and back to all conversations
        ToggleButton trash = (ToggleButton) FxThread.lookup(stage[0], "#show-trash");
        List<Long> listPaints = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            FxThread.run(() -> trash.setSelected(true));
            FxThread.waitForPulse(() -> conversations.getItems().isEmpty());
            long reload = System.nanoTime();
            FxThread.run(() -> trash.setSelected(false));
            FxThread.waitForPulse(() -> conversations.getItems().size() >= 10_000 && visibleCells(conversations) > 0);
            listPaints.add(System.nanoTime() - reload);
        }
        new Metric(BENCH, "list_10000_conversations_paint_median", ms(median(listPaints)), "ms").print();

        ListView<?> messages = (ListView<?>) FxThread.lookup(stage[0], "#message-list");
        new Metric(BENCH, "open_5000_messages_last_screen_cold",
                ms(open(conversations, messages, longConversation, ChatBenchData.LONG_MESSAGES)), "ms").print();
        List<Long> opens = new ArrayList<>();
        UUID other = conversations.getItems().stream().map(c -> ((ConversationSummary) c).id())
                .filter(id -> !id.equals(longConversation)).findFirst().orElseThrow();
        for (int run = 0; run < 5; run++) {
            open(conversations, messages, other, 2);
            opens.add(open(conversations, messages, longConversation, ChatBenchData.LONG_MESSAGES));
        }
        new Metric(BENCH, "open_5000_messages_last_screen_median", ms(median(opens)), "ms").print();

        PulseGaps floor = scroll(messages, 1, true);
        PulseGaps scroll = scroll(messages, 40, false);
        new Metric(BENCH, "scroll_floor_1px_p99_gap", floor.p99(), "ms").print();
        new Metric(BENCH, "scroll_5000_messages_p99_gap", scroll.p99(), "ms").print();
        new Metric(BENCH, "scroll_5000_messages_max_gap", scroll.max(), "ms").print();

        System.gc();
        Thread.sleep(1500);
        new Metric(BENCH, "rss_5000_messages_open", Rss.currentMiB(), "MiB").print();
        FxThread.run(() -> stage[0].hide());
    }

    /** Opens a conversation as a user does (Enter on it in the list); nanoseconds until its last message shows. */
    private static long open(ListView<?> conversations, ListView<?> messages, UUID id, int expected)
            throws Exception {
        long start = System.nanoTime();
        FxThread.run(() -> {
            conversations.getSelectionModel().select(indexOf(conversations, id));
            conversations.requestFocus();
            Event.fireEvent(conversations, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER,
                    false, false, false, false));
        });
        FxThread.waitForPulse(() -> messages.getItems().size() == expected
                && lastVisibleIndex(messages) == messages.getItems().size() - 1);
        return System.nanoTime() - start;
    }

    /**
     * Scrolls the message list {@code step} pixels per pulse and records the gaps between pulses. The floor run
     * scrolls 1 px per pulse over cells already laid out, which is what the headless renderer costs by itself.
     */
    private static PulseGaps scroll(ListView<?> list, double step, boolean up) throws Exception {
        PulseGaps gaps = new PulseGaps(SCROLL_PULSES);
        CompletableFuture<Void> done = new CompletableFuture<>();
        FxThread.run(() -> new AnimationTimer() {
            private long last;
            private int pulses;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    gaps.add((now - last) / 1e6);
                }
                last = now;
                VirtualFlow<?> flow = flow(list);
                flow.scrollPixels(up ? -step : step * (pulses < SCROLL_PULSES / 2 ? -1 : 1));
                if (++pulses > SCROLL_PULSES) {
                    stop();
                    done.complete(null);
                }
            }
        }.start());
        done.get(120, TimeUnit.SECONDS);
        return gaps;
    }

    private static int indexOf(ListView<?> list, UUID id) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof ConversationSummary c && c.id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("the long conversation is not in the list");
    }

    private static int visibleCells(ListView<?> list) {
        VirtualFlow<?> flow = flow(list);
        return flow == null ? 0 : flow.getCellCount();
    }

    private static int lastVisibleIndex(ListView<?> list) {
        VirtualFlow<?> flow = flow(list);
        return flow == null || flow.getLastVisibleCell() == null ? -1 : flow.getLastVisibleCell().getIndex();
    }

    private static VirtualFlow<?> flow(ListView<?> list) {
        return (VirtualFlow<?>) list.lookup(".virtual-flow");
    }



    private static double ms(long nanos) {
        return Math.round(nanos / 1e5) / 10.0;
    }

    private static Notifier quietNotifier() {
        return (level, title, text) -> { };
    }

    /** Gaps between consecutive pulses, in ms. */
    static final class PulseGaps {
        private final double[] values;
        private int count;

        PulseGaps(int capacity) {
            values = new double[capacity + 1];
        }

        void add(double gapMs) {
            if (count < values.length) {
                values[count++] = gapMs;
            }
        }

        double p99() {
            double[] sorted = java.util.Arrays.copyOf(values, count);
            java.util.Arrays.sort(sorted);
            return sorted[Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1)];
        }

        double max() {
            return java.util.Arrays.stream(values, 0, count).max().orElse(0);
        }
    }

    static final class Rss {
        static double currentMiB() throws java.io.IOException {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
            return Double.NaN;
        }
    }
}
