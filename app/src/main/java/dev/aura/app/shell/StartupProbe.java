package dev.aura.app.shell;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/**
 * For the start-up benchmark and the AOT training run: with {@code -Daura.startup.probe=true} the window prints
 * {@code AURA_FIRST_FRAME_MS=<ms since the JVM started>} once its first frame is on screen, then closes, after
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

    /** Call right after the stage is shown. */
    static void afterShown() {
        if (!enabled()) {
            return;
        }
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // the second pulse after show() starts once the first frame has been rendered
                if (++frames < 2) {
                    return;
                }
                stop();
                report();
                PauseTransition hold = new PauseTransition(javafx.util.Duration.millis(Long.getLong(HOLD_MS, 0L)));
                hold.setOnFinished(e -> Platform.exit());
                hold.play();
            }
        }.start();
    }

    private static void report() {
        // read only now, so the probe adds nothing to start-up; the process start time is whole seconds on Linux
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("AURA_FIRST_FRAME_MS=" + ms);
        System.out.flush();
    }
}
