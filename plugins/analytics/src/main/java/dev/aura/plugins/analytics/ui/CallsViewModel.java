package dev.aura.plugins.analytics.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.analytics.Messages;
import dev.aura.plugins.analytics.model.CallCursor;
import dev.aura.plugins.analytics.model.CallRow;
import dev.aura.plugins.analytics.model.TimeRange;
import dev.aura.plugins.analytics.model.UsageFilter;
import dev.aura.plugins.analytics.stats.AnalyticsService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The individual calls of the current range and filter, newest first, loaded a page at a time as the user scrolls. */
public final class CallsViewModel {
    static final int PAGE = 200;

    private final AnalyticsService service;
    private final Background background;
    private final Messages messages;
    private final ObservableList<CallRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CallRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private TimeRange range;
    private UsageFilter filter;
    private CallCursor next;
    private long generation;

    public CallsViewModel(AnalyticsService service, Background background, Messages messages) {
        this.service = service;
        this.background = background;
        this.messages = messages;
    }

    /** Starts over with another range or filter. */
    public void show(TimeRange newRange, UsageFilter newFilter) {
        range = newRange;
        filter = newFilter;
        next = null;
        generation++;
        rows.clear();
        selected.set(null);
        complete.set(false);
        loading.set(false);
        loadMore();
    }

    /** Loads the next page unless one is loading or all are loaded. */
    public void loadMore() {
        if (range == null || loading.get() || complete.get()) {
            return;
        }
        long mine = generation;
        CallCursor after = next;
        TimeRange r = range;
        UsageFilter f = filter;
        loading.set(true);
        error.set("");
        background.run(messages.text("ui.job.calls"), job -> service.calls(r, f, after, PAGE), page -> {
            if (mine != generation) {
                return;
            }
            rows.addAll(page.rows());
            next = page.next();
            complete.set(next == null);
            loading.set(false);
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                error.set(messages.text("ui.error.calls", Background.describe(failure)));
            }
        });
    }

    public ObservableList<CallRow> rows() { return rows; }
    public ObjectProperty<CallRow> selectedProperty() { return selected; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty completeProperty() { return complete.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
}
