package dev.aura.plugins.models.cli;

import dev.aura.plugins.models.PullProgressTracker.Phase;
import dev.aura.plugins.models.PullProgressTracker.Snapshot;
import dev.aura.plugins.models.PullTexts;
import java.io.PrintWriter;

/**
 * Pull progress on stderr. On a terminal one line per phase, the download line redrawn in place with '\r'; in a
 * pipe or log, plain lines at each phase and every 10%, so logs stay short.
 */
final class PullProgressPrinter {
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final PullTexts texts;
    private final String model;
    private final boolean terminal;
    private Phase phase;
    private int shownPercent = -1;
    private int lineLength;

    PullProgressPrinter(PrintWriter err, PullTexts texts, String model, boolean terminal) {
        this.err = err;
        this.texts = texts;
        this.model = model;
        this.terminal = terminal;
    }

    void show(Snapshot snapshot) {
        boolean newPhase = snapshot.phase() != phase;
        if (newPhase) {
            endLine();
            phase = snapshot.phase();
            shownPercent = -1;
        }
        if (snapshot.phase() == Phase.DONE) {
            return;
        }
        if (snapshot.phase() != Phase.DOWNLOADING || snapshot.total() <= 0) {
            if (newPhase) {
                err.println(texts.phase(model, snapshot));
                err.flush();
            }
            return;
        }
        int percent = snapshot.percent();
        if (terminal) {
            if (percent != shownPercent || newPhase) {
                redraw(snapshot);
            }
        } else if (newPhase || percent / 10 != shownPercent / 10 || shownPercent < 0) {
            err.println(texts.phase(model, snapshot) + ": " + texts.detail(snapshot));
            err.flush();
        }
        shownPercent = percent;
    }

    /** Leaves the cursor on a fresh line, whatever happened. */
    void finish() {
        endLine();
    }

    private void redraw(Snapshot snapshot) {
        int filled = (int) Math.round(Math.max(0, snapshot.fraction()) * BAR_WIDTH);
        String bar = "[" + "=".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "]";
        String speed = texts.speed(snapshot);
        String line = String.format("%s %s %3d%%  %s%s", texts.phase(model, snapshot), bar, snapshot.percent(),
                texts.bytes(snapshot), speed.isEmpty() ? "" : "  " + speed);
        // pad over the rest of a longer previous line: '\r' only moves the cursor
        String padding = " ".repeat(Math.max(0, lineLength - line.length()));
        err.print("\r" + line + padding);
        err.flush();
        lineLength = line.length();
    }

    private void endLine() {
        if (lineLength > 0) {
            err.println();
            err.flush();
            lineLength = 0;
        }
    }
}
