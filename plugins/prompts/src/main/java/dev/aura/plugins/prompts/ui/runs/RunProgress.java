package dev.aura.plugins.prompts.ui.runs;

import dev.aura.plugins.prompts.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The toolbar's view of a run in progress: running, cancelling, "N of M cells" and the elapsed time. UI thread. */
final class RunProgress {
    private final Messages messages;
    private final RunFormats formats;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("");

    RunProgress(Messages messages, RunFormats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    void started(int cells) {
        running.set(true);
        cancelling.set(false);
        fraction.set(0);
        text.set(messages.text("runs.progress.cells", 0, cells));
        elapsed.set(formats.duration(0));
    }

    void cells(int done, int total) {
        fraction.set((double) done / Math.max(1, total));
        if (!cancelling.get()) {
            text.set(messages.text("runs.progress.cells", done, total));
        }
    }

    void cancelling() {
        cancelling.set(true);
        text.set(messages.text("runs.progress.cancelling"));
    }

    void elapsed(long millis) {
        elapsed.set(formats.duration(millis));
    }

    void ended() {
        running.set(false);
        cancelling.set(false);
        fraction.set(-1);
    }

    boolean running() {
        return running.get();
    }

    ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty cancellingProperty() { return cancelling.getReadOnlyProperty(); }
    ReadOnlyDoubleProperty fractionProperty() { return fraction.getReadOnlyProperty(); }
    ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
    ReadOnlyStringProperty elapsedProperty() { return elapsed.getReadOnlyProperty(); }
}
