package dev.aura.plugins.automation.cli;

import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.yaml.Durations;

/** A trigger's type and value in {@code --json} output, spelled as in the workflow's YAML. */
final class TriggerJson {
    private TriggerJson() {}

    static String type(Trigger trigger) {
        return switch (trigger) {
            case Trigger.Manual m -> "manual";
            case Trigger.AppStart a -> "appStart";
            case Trigger.Cron c -> "cron";
            case Trigger.Interval i -> "interval";
            case Trigger.FolderWatch w -> "watch";
        };
    }

    /** The cron expression, the interval or the watched folder; null for manual and app start. */
    static String value(Trigger trigger) {
        return switch (trigger) {
            case Trigger.Manual m -> null;
            case Trigger.AppStart a -> null;
            case Trigger.Cron c -> c.expression();
            case Trigger.Interval i -> Durations.format(i.every());
            case Trigger.FolderWatch w -> w.folder().toString();
        };
    }
}
