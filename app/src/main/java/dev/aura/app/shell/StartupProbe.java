package dev.aura.app.shell;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * For the start-up benchmark and the AOT training run: with {@code -Daura.startup.probe=true} the window prints
 * {@code AURA_FIRST_FRAME_MS=<ms since the JVM started>} once its first frame is on screen and
 * {@code AURA_PANEL_READY_MS=...} once the opening panel has been drawn too, then closes, after
 * {@code aura.startup.probe.holdMs} if set (so memory can be read while it idles).
 */
final class StartupProbe {
    static final String ENABLED = "aura.startup.probe";
    static final String HOLD_MS = "aura.startup.probe.holdMs";
    /** Opens this panel at start instead of the remembered one (for measuring a given panel). */
    static final String PANEL = "aura.startup.panel";

    private StartupProbe() {}

    static boolean enabled() {
        return Boolean.getBoolean(ENABLED);
    }

    /** Runs {@code action} once the frame being prepared now has been rendered. */
    static void afterNextFrame(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // the second pulse from now starts only after the current frame has been rendered
                if (++pulses < 2) {
                    return;
                }
                stop();
                action.run();
            }
        }.start();
    }

    static void firstFrame() {
        if (enabled()) {
            report("AURA_FIRST_FRAME_MS=");
        }
    }

    static void panelReady() {
        if (!enabled()) {
            return;
        }
        report("AURA_PANEL_READY_MS=");
        PauseTransition hold = new PauseTransition(Duration.millis(Long.getLong(HOLD_MS, 0L)));
        hold.setOnFinished(e -> Platform.exit());
        hold.play();
    }

    private static void report(String key) {
        // read only now, so the probe adds nothing to start-up; the process start time is whole seconds on Linux
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(key + ms);
        System.out.flush();
    }
}
