package dev.aura.plugins.automation.ui.runs;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.store.RunFilter;
import dev.aura.plugins.automation.store.RunHistory;
import dev.aura.plugins.automation.store.RunSummary;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The stored runs matching the filter, newest first, loaded a page at a time as the list scrolls: a history of
 * 100,000 runs never loads more than the user has scrolled past. UI thread only; the store is read in the background.
 */
public final class HistoryList {
    static final int PAGE = 100;
    /** Reloading after a run ended keeps at most this many rows (and the scroll position roughly). */
    private static final int MAX_RELOAD = 1000;

    private final RunHistory history;
    private final Background background;
    private final Messages messages;
    private final Supplier<Set<String>> liveIds;
    private final ObservableList<RunRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private RunFilter filter = RunFilter.ALL;
    private boolean exhausted;
    private long generation;

    HistoryList(RunHistory history, Background background, Messages messages, Supplier<Set<String>> liveIds) {
        this.history = history;
        this.background = background;
        this.messages = messages;
        this.liveIds = liveIds;
    }

    /** Starts over with {@code value}: the count and the first page. */
    void load(RunFilter value) {
        filter = value;
        reload(PAGE);
    }

    /** Reloads the rows shown so far (a run ended, or was retried). */
    void refresh() {
        reload(Math.min(MAX_RELOAD, Math.max(PAGE, rows.size())));
    }

    private void reload(int limit) {
        long mine = ++generation;
        RunFilter wanted = filter;
        loading.set(true);
        background.run(messages.text("runs.job.history"), job -> new Page(history.count(wanted),
                history.page(wanted, 0, limit)), page -> {
            if (mine == generation) {
                loading.set(false);
                total.set(page.total());
                exhausted = page.runs().size() < limit;
                rows.setAll(visible(page.runs()));
            }
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                background.report(messages.text("runs.job.history"), failure);
            }
        });
    }

    /** Loads the next page when the list nears its end; does nothing while a page loads or all are shown. */
    void more() {
        if (loading.get() || exhausted) {
            return;
        }
        long mine = generation;
        RunFilter wanted = filter;
        int offset = rows.size();
        loading.set(true);
        background.run(messages.text("runs.job.history"), job -> history.page(wanted, offset, PAGE), page -> {
            if (mine == generation) {
                loading.set(false);
                exhausted = page.size() < PAGE;
                Set<String> have = rows.stream().map(RunRow::id).collect(java.util.stream.Collectors.toSet());
                rows.addAll(visible(page).stream().filter(r -> !have.contains(r.id())).toList());
            }
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                background.report(messages.text("runs.job.history"), failure);
            }
        });
    }

    /** Runs going now are listed above, live; their RUNNING rows in the store would show them twice. */
    private List<RunRow> visible(List<RunSummary> page) {
        Set<String> live = liveIds.get();
        return page.stream().filter(r -> !live.contains(r.id())).map(RunRow::of).toList();
    }

    public ObservableList<RunRow> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public boolean exhausted() {
        return exhausted;
    }

    RunFilter filter() {
        return filter;
    }

    private record Page(int total, List<RunSummary> runs) {}
}
