package dev.aura.plugins.automation.ui.editor;

import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.cron.CronSchedule;
import dev.aura.plugins.automation.cron.InvalidCronException;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.yaml.Durations;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Triggers in plain words for the workflow list ("Every 1h · When the app starts"). */
final class TriggerWords {
    private TriggerWords() {}

    static String of(List<Trigger> triggers, Messages messages) {
        if (triggers.isEmpty()) {
            return messages.text("editor.words.none");
        }
        return triggers.stream().map(t -> of(t, messages)).collect(Collectors.joining(" · "));
    }

    static String of(Trigger trigger, Messages messages) {
        return switch (trigger) {
            case Trigger.Manual m -> messages.text("editor.words.manual");
            case Trigger.AppStart a -> messages.text("editor.words.appStart");
            case Trigger.Interval i -> messages.text("editor.words.interval",
                    i.every() == null ? "?" : duration(i.every()));
            case Trigger.FolderWatch w -> messages.text("editor.words.watch",
                    w.folder() == null ? "?" : name(w.folder()));
            case Trigger.Cron c -> cron(c.expression(), messages);
        };
    }

    private static String cron(String expression, Messages messages) {
        try {
            return messages.locale().getLanguage().equals("en") || messages.locale().getLanguage().isEmpty()
                    ? CronSchedule.parse(expression).describe() : messages.text("editor.words.cron", expression);
        } catch (InvalidCronException e) {
            return messages.text("editor.words.cron", expression);
        }
    }

    /** Like the YAML form, but whole days read as days ("7d", not "168h"). */
    static String duration(java.time.Duration d) {
        return !d.isZero() && d.toMillis() % 86_400_000 == 0 ? d.toDays() + "d" : Durations.format(d);
    }

    private static String name(Path folder) {
        return folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    }
}
