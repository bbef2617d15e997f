package dev.aura.plugins.analytics.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.ExportFormat;
import dev.aura.plugins.analytics.model.Insight;
import dev.aura.plugins.api.ui.Paragraph;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The panel: the top bar over tabs (overview, breakdown, calls, audit), with the preparing, empty and error states
 * laid over them. A thin view: it binds to the view models and forwards clicks.
 */
final class AnalyticsView {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AnalyticsView.class);
    static final String STYLESHEET = AnalyticsView.class.getResource("analytics.css").toExternalForm();

    private final DashboardViewModel vm;
    private final CallsViewModel calls;
    private final AuditViewModel audit;
    private final Formats formats;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Tab callsTab;
    private final Tab auditTab;
    private final OverviewTiles tiles;
    private final DashboardCharts charts;
    private final BreakdownPane breakdown;
    private final CallsPane callsPane;
    private boolean callsStale = true;
    private boolean auditLoaded;

    AnalyticsView(DashboardViewModel vm, CallsViewModel calls, AuditViewModel audit, Formats formats,
            Runnable refresh, BiConsumer<FilterBar.ExportKind, ExportFormat> export, Runnable prices) {
        this.vm = vm;
        this.calls = calls;
        this.audit = audit;
        this.formats = formats;
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().add("analytics-panel");
        root.setId("analytics-panel");

        FilterBar bar = new FilterBar(vm, formats.messages(), refresh, export, prices);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("analytics-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.stateProperty().isEqualTo(DashboardViewModel.State.LOADING)
                .or(vm.statusProperty().isNotEmpty().and(vm.stateProperty().isEqualTo(DashboardViewModel.State.READY))));
        bar.actions().getChildren().add(bar.actions().getChildren().size() - 3, busy);
        bar.root().setPadding(new Insets(10, 16, 10, 16));
        root.setTop(bar.root());

        tiles = new OverviewTiles(formats);
        charts = new DashboardCharts(formats, vm::toggleModel);
        breakdown = new BreakdownPane(formats, vm::setFilter, vm::filter);
        callsPane = new CallsPane(calls, formats);
        AuditPane auditPane = new AuditPane(audit, formats);
        InsightsPane insights = new InsightsPane(vm.insights(), formats, this::openInsight);

        VBox overview = new VBox(16, tiles.root(), insights.root(), charts.root());
        overview.setPadding(new Insets(16));
        ScrollPane overviewScroll = new ScrollPane(overview);
        overviewScroll.setFitToWidth(true);
        overviewScroll.getStyleClass().add("overview-scroll");
        Tab overviewTab = tab("tab-overview", "ui.tab.overview", Feather.BAR_CHART_2, overviewScroll);
        Tab breakdownTab = tab("tab-breakdown", "ui.tab.breakdown", Feather.LIST, padded(breakdown.root()));
        callsTab = tab("tab-calls", "ui.tab.calls", Feather.ACTIVITY, callsPane.root());
        auditTab = tab("tab-audit", "ui.tab.audit", Feather.SHIELD, padded(auditPane.root()));
        tabs.getTabs().addAll(overviewTab, breakdownTab, callsTab, auditTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> tabShown(tab));

        StackPane center = new StackPane(tabs, overlay(refresh));
        root.setCenter(center);

        vm.dashboardProperty().addListener((o, a, d) -> show(d));
        vm.filterProperty().addListener((o, a, b) -> callsStale = true);
        vm.rangeProperty().addListener((o, a, b) -> callsStale = true);
    }

    private void show(Dashboard d) {
        if (d == null) {
            return;
        }
        long started = System.nanoTime();
        tiles.show(d);
        charts.show(d);
        breakdown.show(d);
        LOG.debug("Dashboard of {} buckets × {} models shown in {} ms", d.buckets().size(), d.series().size(),
                (System.nanoTime() - started) / 1_000_000);
        callsPane.currency(d.currency());
        callsStale = true;
        if (tabs.getSelectionModel().getSelectedItem() == callsTab) {
            tabShown(callsTab);
        }
    }

    private void tabShown(Tab tab) {
        if (tab == callsTab && callsStale) {
            callsStale = false;
            calls.show(vm.range(), vm.filter());
        } else if (tab == auditTab && !auditLoaded) {
            auditLoaded = true;
            audit.reload();
        }
    }

    private void openInsight(Insight insight) {
        vm.apply(insight.range(), insight.filter());
        showCalls();
    }

    void showCalls() {
        callsStale = true;
        tabs.getSelectionModel().select(callsTab);
        tabShown(callsTab);
    }

    void showAudit() {
        tabs.getSelectionModel().select(auditTab);
    }

    /** Preparing (with progress), empty and error: over the tabs, only while one of them is the state. */
    private VBox overlay(Runnable refresh) {
        FontIcon icon = new FontIcon();
        icon.getStyleClass().add("state-icon");
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        VBox text = new VBox();
        text.setMaxWidth(520);
        text.setAlignment(Pos.CENTER);
        ProgressBar progress = new ProgressBar();
        progress.setId("prepare-progress");
        progress.setPrefWidth(320);
        progress.progressProperty().bind(vm.progressProperty());
        Button retry = new Button(formats.messages().text("ui.refresh"), new FontIcon(Feather.REFRESH_CW));
        retry.setId("state-retry");
        retry.setOnAction(e -> refresh.run());
        VBox box = new VBox(12, icon, title, text, progress, retry);
        box.setId("analytics-state");
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("state-overlay");
        Runnable sync = () -> {
            DashboardViewModel.State s = vm.state();
            boolean shown = s == DashboardViewModel.State.PREPARING || s == DashboardViewModel.State.EMPTY
                    || s == DashboardViewModel.State.ERROR
                    || (s == DashboardViewModel.State.LOADING && vm.dashboard() == null);
            box.setVisible(shown);
            progress.setVisible(s == DashboardViewModel.State.PREPARING || s == DashboardViewModel.State.LOADING);
            progress.setManaged(progress.isVisible());
            retry.setVisible(s == DashboardViewModel.State.ERROR || s == DashboardViewModel.State.EMPTY);
            retry.setManaged(retry.isVisible());
            String key = switch (s) {
                case EMPTY -> "empty";
                case ERROR -> "error";
                default -> "preparing";
            };
            icon.setIconCode(s == DashboardViewModel.State.ERROR ? Feather.ALERT_OCTAGON
                    : s == DashboardViewModel.State.EMPTY ? Feather.BAR_CHART_2 : Feather.CLOCK);
            title.setText(formats.messages().text("ui.state." + key + ".title"));
            String body = s == DashboardViewModel.State.EMPTY ? formats.messages().text("ui.state.empty.text")
                    : vm.statusProperty().get();
            text.getChildren().setAll(Paragraph.of(body == null ? "" : body, "state-text"));
            text.setId("analytics-state-text");
        };
        vm.stateProperty().addListener((o, a, b) -> sync.run());
        vm.statusProperty().addListener((o, a, b) -> sync.run());
        sync.run();
        return box;
    }

    private Tab tab(String id, String key, Feather icon, javafx.scene.Node content) {
        Tab tab = new Tab(formats.messages().text(key), content);
        tab.setId(id);
        tab.setGraphic(new FontIcon(icon));
        return tab;
    }

    private static javafx.scene.Node padded(javafx.scene.Node node) {
        StackPane pane = new StackPane(node);
        pane.setPadding(new Insets(12, 16, 12, 16));
        return pane;
    }

    BorderPane root() {
        return root;
    }

    TabPane tabs() {
        return tabs;
    }
}
