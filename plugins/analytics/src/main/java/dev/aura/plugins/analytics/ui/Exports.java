package dev.aura.plugins.analytics.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.analytics.Messages;
import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.ExportFormat;
import dev.aura.plugins.analytics.model.TimeRange;
import dev.aura.plugins.analytics.model.UsageFilter;
import dev.aura.plugins.analytics.stats.AnalyticsService;
import dev.aura.plugins.api.Notifier;
import java.nio.file.Path;

/** Writes the calls or the aggregates of what the dashboard shows to a file, as a job, and says how it went. */
final class Exports {
    private final AnalyticsService service;
    private final Background background;
    private final Messages messages;
    private final Notifier notifier;

    Exports(AnalyticsService service, Background background, Messages messages, Notifier notifier) {
        this.service = service;
        this.background = background;
        this.messages = messages;
        this.notifier = notifier;
    }

    /** A file name to suggest: "aura-calls-2026-11-22.csv". */
    static String suggestedName(FilterBar.ExportKind kind, ExportFormat format, java.time.LocalDate today) {
        return "aura-" + kind.name().toLowerCase() + "-" + today + "." + format.name().toLowerCase();
    }

    void calls(TimeRange range, UsageFilter filter, Path file, ExportFormat format) {
        background.run(messages.text("ui.job.export"), job -> service.exportCalls(range, filter, file, format),
                count -> notifier.notify(Notifier.Level.SUCCESS, messages.text("ui.export.doneTitle"),
                        messages.text("ui.export.calls.done", count, file.toString())),
                failure -> failed(file, failure));
    }

    void aggregates(Dashboard dashboard, Path file, ExportFormat format) {
        if (dashboard == null) {
            notifier.notify(Notifier.Level.WARNING, messages.text("ui.export.failedTitle"),
                    messages.text("ui.export.notLoaded"));
            return;
        }
        background.run(messages.text("ui.job.export"), job -> {
            service.exportAggregates(dashboard, file, format);
            return file;
        }, written -> notifier.notify(Notifier.Level.SUCCESS, messages.text("ui.export.doneTitle"),
                messages.text("ui.export.aggregates.done", written.toString())), failure -> failed(file, failure));
    }

    private void failed(Path file, Throwable failure) {
        notifier.error(messages.text("ui.export.failedTitle"),
                messages.text("ui.export.failed", file.toString(), Background.describe(failure)));
    }
}
