package dev.aura.plugins.analytics.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.analytics.Messages;
import dev.aura.plugins.analytics.model.ExportFormat;
import dev.aura.plugins.analytics.stats.AnalyticsService;
import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.api.SettingsPage;
import java.io.File;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The windowed half of the plugin: view models, view, palette commands and the prices settings page. Created on the
 * FX thread on first use, so a headless CLI run never loads a JavaFX class.
 */
public final class AnalyticsUi {
    private final PluginContext context;
    private final Messages messages;
    private final Clock clock;
    private final Background background;
    private final DashboardViewModel dashboard;
    private final CallsViewModel calls;
    private final AuditViewModel audit;
    private final Exports exports;
    private final Formats formats;
    private AnalyticsView view;
    private boolean refreshedByCreate;
    private List<PluginCommand> commands;

    public AnalyticsUi(PluginContext context, AnalyticsService service, Messages messages) {
        this(context, service, messages, Platform::runLater, Clock.systemDefaultZone());
    }

    public AnalyticsUi(PluginContext context, AnalyticsService service, Messages messages, Executor uiThread,
            Clock clock) {
        this.context = context;
        this.messages = messages;
        this.clock = clock;
        this.background = new Background(context.tasks(), uiThread);
        this.dashboard = new DashboardViewModel(service, background, messages, clock, context.settings());
        this.calls = new CallsViewModel(service, background, messages);
        this.audit = new AuditViewModel(context.audit(), background, messages);
        this.exports = new Exports(service, background, messages, context.notifier());
        this.formats = new Formats(messages, clock.getZone());
    }

    public Node createView() {
        if (view == null) {
            // the statistics load on a background thread while the panel's nodes are built; activate() then skips
            dashboard.refresh();
            refreshedByCreate = true;
            view = new AnalyticsView(dashboard, calls, audit, formats, this::refresh, this::export,
                    this::openPrices);
        }
        return view.root();
    }

    /** Each time the panel is shown: roll up the calls made meanwhile, then load. */
    public void activate() {
        if (refreshedByCreate) {
            refreshedByCreate = false;
            return;
        }
        refresh();
    }

    public void deactivate() {
        // nothing listens outside the panel's own nodes; the next activation refreshes
    }

    public void stop() {
        deactivate();
    }

    public SettingsPage settingsPage() {
        return new SettingsPage() {
            @Override
            public String title() {
                return messages.text("plugin.name");
            }

            @Override
            public Node createContent() {
                PricesViewModel prices = pricesViewModel();
                prices.load();
                return new PricesPane(prices, messages).root();
            }
        };
    }

    /** Built once: the shell may ask again. */
    public List<PluginCommand> commands() {
        if (commands == null) {
            String category = messages.text("ui.commands.category");
            ReadOnlyBooleanWrapper notVerifying = new ReadOnlyBooleanWrapper();
            notVerifying.bind(audit.verifyingProperty().not());
            commands = List.of(
                    PluginCommand.of("analytics.refresh", messages.text("ui.commands.refresh"), category, null,
                            this::refresh),
                    new PluginCommand("analytics.verify-audit", messages.text("ui.commands.verifyAudit"), category,
                            null, notVerifying.getReadOnlyProperty(), this::verifyAudit),
                    PluginCommand.of("analytics.export-calls", messages.text("ui.commands.exportCalls"), category,
                            null, () -> export(FilterBar.ExportKind.CALLS, ExportFormat.CSV)),
                    PluginCommand.of("analytics.prices", messages.text("ui.commands.prices"), category, null,
                            this::openPrices));
        }
        return commands;
    }

    void refresh() {
        dashboard.refresh();
    }

    private void verifyAudit() {
        createView();
        view.showAudit();
        audit.verify();
    }

    private void export(FilterBar.ExportKind kind, ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("ui.export"));
        chooser.setInitialFileName(Exports.suggestedName(kind, format, LocalDate.now(clock)));
        String ext = format.name().toLowerCase();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(), "*." + ext));
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return;
        }
        if (kind == FilterBar.ExportKind.CALLS) {
            exports.calls(dashboard.range(), dashboard.filter(), file.toPath(), format);
        } else {
            exports.aggregates(dashboard.dashboard(), file.toPath(), format);
        }
    }

    private void openPrices() {
        PricesViewModel prices = pricesViewModel();
        prices.load();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.text("ui.prices.title"));
        dialog.initOwner(window());
        dialog.getDialogPane().setContent(new PricesPane(prices, messages).root());
        dialog.getDialogPane().getStylesheets().add(AnalyticsView.STYLESHEET);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.getDialogPane().setMinWidth(760); // every column header readable
        dialog.show();
    }

    PricesViewModel pricesViewModel() {
        return new PricesViewModel(context.prices(), context.audit(), background, messages,
                dashboard::knownModels, dashboard::reload);
    }

    private Window window() {
        return view == null || view.root().getScene() == null ? null : view.root().getScene().getWindow();
    }

    DashboardViewModel dashboardViewModel() {
        return dashboard;
    }

    CallsViewModel callsViewModel() {
        return calls;
    }

    AuditViewModel auditViewModel() {
        return audit;
    }
}
