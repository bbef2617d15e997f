package dev.aura.plugins.prompts.ui.runs;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.history.CellChange;
import dev.aura.plugins.prompts.history.RunComparator;
import dev.aura.plugins.prompts.history.RunComparison;
import dev.aura.plugins.prompts.history.RunStore;
import dev.aura.plugins.prompts.history.RunSummary;
import dev.aura.plugins.prompts.history.StoredRun;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Compare with previous run" for the run the matrix shows: whether there is a previous run (and if not, why the
 * button is off), the comparison, and its header line. Marks regressions and fixes in the matrix. UI thread only.
 */
public final class RunComparisonViewModel {
    private final RunStore runs;
    private final Background background;
    private final Messages messages;
    private final RunFormats formats;
    private final RunMatrix matrix;
    private final Consumer<String> onError;
    private final ReadOnlyObjectWrapper<RunSummary> previous = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RunComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper();
    private StoredRun shown;
    private long generation;

    RunComparisonViewModel(RunStore runs, Background background, Messages messages, RunFormats formats,
            RunMatrix matrix, Consumer<String> onError) {
        this.runs = runs;
        this.background = background;
        this.messages = messages;
        this.formats = formats;
        this.matrix = matrix;
        this.onError = onError;
        hint.set(messages.text("runs.compare.noRun"));
    }

    /** The matrix now shows {@code run} (null: a live run or nothing): forget the comparison, look for a previous. */
    void showing(StoredRun run) {
        long mine = ++generation;
        shown = run;
        comparison.set(null);
        header.set("");
        comparing.set(false);
        previous.set(null);
        available.set(false);
        if (run == null) {
            hint.set(messages.text("runs.compare.noRun"));
            return;
        }
        hint.set(messages.text("runs.compare.looking"));
        String id = run.summary().id();
        background.run(messages.text("runs.job.previous"), job -> runs.previous(id), found -> {
            if (mine == generation) {
                previous.set(found.orElse(null));
                available.set(found.isPresent());
                hint.set(found.map(p -> messages.text("runs.compare.tooltip", formats.time(p.startedAt()),
                        p.cardVersion())).orElseGet(() -> messages.text("runs.compare.noPrevious")));
            }
        });
    }

    /** Loads the previous run, compares it with the shown one and marks the changed cells. */
    public void compare() {
        RunSummary before = previous.get();
        StoredRun after = shown;
        if (before == null || after == null || comparing.get()) {
            return;
        }
        long mine = generation;
        comparing.set(true);
        background.run(messages.text("runs.job.compare"), job -> RunComparator.compare(
                runs.load(before.id()).orElseThrow(() -> new IllegalStateException(
                        messages.text("runs.compare.gone"))), after), result -> {
                            if (mine == generation) {
                                comparing.set(false);
                                comparison.set(result);
                                matrix.mark(result);
                                header.set(headerText(result));
                            }
                        }, failure -> {
                            if (mine == generation) {
                                comparing.set(false);
                                onError.accept(messages.text("runs.compare.failed", Background.describe(failure)));
                            }
                        });
    }

    public void clear() {
        comparison.set(null);
        header.set("");
        matrix.unmark();
    }

    private String headerText(RunComparison result) {
        return messages.text("runs.compare.header", result.count(CellChange.Kind.REGRESSION),
                result.count(CellChange.Kind.FIX), formats.time(result.before().startedAt()),
                result.before().cardVersion());
    }

    public ReadOnlyObjectProperty<RunSummary> previousProperty() { return previous.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }
    public ReadOnlyStringProperty hintProperty() { return hint.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<RunComparison> comparisonProperty() { return comparison.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headerProperty() { return header.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty comparingProperty() { return comparing.getReadOnlyProperty(); }
    public RunComparison comparison() { return comparison.get(); }
    public boolean available() { return available.get(); }
    public String hint() { return hint.get(); }
}
