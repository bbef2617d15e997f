package dev.aura.plugins.analytics.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.core.settings.Settings;
import dev.aura.core.tasks.JobContext;
import dev.aura.plugins.analytics.Messages;
import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.Insight;
import dev.aura.plugins.analytics.model.RangePreset;
import dev.aura.plugins.analytics.model.TimeRange;
import dev.aura.plugins.analytics.model.UsageFilter;
import dev.aura.plugins.analytics.stats.AnalyticsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard's state: range, filter, the loaded {@link Dashboard} and insights. A refresh first rolls up new calls
 * (a job with progress on a big log), then loads; a filter or range change only loads. Only the newest request's
 * answer is shown, so quick clicks never show an older result over a newer one.
 */
public final class DashboardViewModel {
    /** What the panel shows in place of, or over, the dashboard. */
    public enum State { IDLE, PREPARING, LOADING, READY, EMPTY, ERROR }

    /** Plugin setting holding the last range preset chosen (TODAY, LAST_7_DAYS, LAST_30_DAYS). */
    public static final String RANGE_KEY = "range";

    private final AnalyticsService service;
    private final Background background;
    private final Messages messages;
    private final Clock clock;
    private final ObjectProperty<RangePreset> preset = new SimpleObjectProperty<>(RangePreset.LAST_7_DAYS);
    private final ObjectProperty<LocalDate> customFirst = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customLast = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<UsageFilter> filter = new ReadOnlyObjectWrapper<>(UsageFilter.ALL);
    private final ReadOnlyObjectWrapper<TimeRange> range = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Dashboard> dashboard = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ObservableList<Insight> insights = FXCollections.observableArrayList();
    private final Settings settings;
    private long generation;

    public DashboardViewModel(AnalyticsService service, Background background, Messages messages, Clock clock) {
        this(service, background, messages, clock, null);
    }

    /** @param settings the plugin's settings, where the chosen range preset is remembered; null to forget it */
    public DashboardViewModel(AnalyticsService service, Background background, Messages messages, Clock clock,
            Settings settings) {
        this.service = service;
        this.background = background;
        this.messages = messages;
        this.clock = clock;
        this.settings = settings;
        if (settings != null) {
            preset.set(remembered(settings.get(RANGE_KEY, RangePreset.LAST_7_DAYS.name())));
        }
        LocalDate today = LocalDate.now(clock);
        customFirst.set(today.minusDays(13));
        customLast.set(today);
        range.set(resolveRange());
    }

    /** Rolls up what is new, then loads the dashboard and the insights. */
    public void refresh() {
        long mine = ++generation;
        state.set(State.LOADING);
        status.set(messages.text("ui.state.loading"));
        progress.set(-1);
        background.run(messages.text("ui.job.catchUp"), job -> prepare(job, mine), rolled -> load(mine, true),
                failure -> fail(mine, failure));
    }

    private long prepare(JobContext job, long mine) {
        long pending = service.pendingCalls();
        String text = messages.text("ui.state.preparing", pending);
        if (pending > 0) {
            background.uiThread().execute(() -> {
                if (mine == generation) {
                    state.set(State.PREPARING);
                    status.set(text);
                }
            });
            job.progress(0, text);
        }
        return service.catchUp(new ProgressForwardingJob(job, text, fraction -> background.uiThread().execute(() -> {
            if (mine == generation) {
                progress.set(fraction);
            }
        })));
    }

    /** Loads the dashboard for the current range and filter, without rolling up first. */
    public void reload() {
        load(++generation);
    }

    private void load(long mine) {
        load(mine, false);
    }

    /** Insights do not depend on the range or filter: they are looked for after a refresh, once the dashboard shows. */
    private void load(long mine, boolean withInsights) {
        if (mine != generation) {
            return;
        }
        TimeRange asked = range.get();
        UsageFilter with = filter.get();
        if (state.get() != State.READY) {
            state.set(State.LOADING);
        }
        status.set(messages.text("ui.state.loading"));
        background.run(messages.text("ui.job.dashboard"), job -> service.dashboard(asked, with), loaded -> {
            if (mine == generation) {
                dashboard.set(loaded);
                status.set("");
                state.set(loaded.current().calls() == 0 && loaded.previous().calls() == 0 && with.isAll()
                        && loaded.facets().models().isEmpty() ? State.EMPTY : State.READY);
            }
            if (withInsights) {
                loadInsights();
            }
        }, failure -> fail(mine, failure));
    }

    private void loadInsights() {
        background.run(messages.text("ui.job.insights"), job -> service.insights(clock.instant(), clock.getZone()),
                insights::setAll, failure -> {});
    }

    private void fail(long mine, Throwable failure) {
        if (mine == generation) {
            status.set(messages.text("ui.error.load", Background.describe(failure)));
            state.set(State.ERROR);
        }
    }

    public void choosePreset(RangePreset value) {
        preset.set(value);
        if (settings != null && value != null) {
            settings.put(RANGE_KEY, value.name());
        }
        applyRange();
    }

    private static RangePreset remembered(String name) {
        try {
            return RangePreset.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return RangePreset.LAST_7_DAYS;
        }
    }

    /** A custom range of whole local days; the later date may be before the earlier one (they are swapped). */
    public void chooseCustom(LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            return;
        }
        customFirst.set(first.isAfter(last) ? last : first);
        customLast.set(first.isAfter(last) ? first : last);
        preset.set(null);
        applyRange();
    }

    private void applyRange() {
        range.set(resolveRange());
        reload();
    }

    private TimeRange resolveRange() {
        RangePreset chosen = preset.get();
        return chosen != null ? chosen.resolve(clock.instant(), clock.getZone())
                : RangePreset.custom(customFirst.get(), customLast.get(), clock.instant(), clock.getZone());
    }

    public void setFilter(UsageFilter value) {
        if (!value.equals(filter.get())) {
            filter.set(value);
            reload();
        }
    }

    public void toggleModel(String model) {
        setFilter(filter.get().toggleModel(model));
    }

    public void clearFilters() {
        setFilter(UsageFilter.ALL);
    }

    /** Shows the calls an insight rests on: its range (as a custom range) and filter. */
    public void apply(TimeRange insightRange, UsageFilter insightFilter) {
        range.set(insightRange);
        preset.set(null);
        customFirst.set(LocalDate.ofInstant(insightRange.from(), clock.getZone()));
        customLast.set(LocalDate.ofInstant(insightRange.to().minusNanos(1), clock.getZone()));
        filter.set(insightFilter);
        reload();
    }

    public ReadOnlyObjectProperty<RangePreset> presetProperty() { return preset; }
    public ReadOnlyObjectProperty<LocalDate> customFirstProperty() { return customFirst; }
    public ReadOnlyObjectProperty<LocalDate> customLastProperty() { return customLast; }
    public ReadOnlyObjectProperty<UsageFilter> filterProperty() { return filter.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TimeRange> rangeProperty() { return range.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Dashboard> dashboardProperty() { return dashboard.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ObservableList<Insight> insights() { return insights; }

    public UsageFilter filter() { return filter.get(); }
    public TimeRange range() { return range.get(); }
    public Dashboard dashboard() { return dashboard.get(); }
    public State state() { return state.get(); }

    /** The models offered in the filter menu: the dashboard's facets. */
    public List<String> knownModels() {
        Dashboard d = dashboard.get();
        return d == null ? List.of() : d.facets().models();
    }
}
