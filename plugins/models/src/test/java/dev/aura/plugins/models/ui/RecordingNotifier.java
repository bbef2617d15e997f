package dev.aura.plugins.models.ui;

import dev.aura.plugins.api.Notifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every notification so a test can see what the user was told. */
final class RecordingNotifier implements Notifier {
    record Shown(Level level, String title, String text) {}

    final List<Shown> shown = new CopyOnWriteArrayList<>();

    @Override
    public void notify(Level level, String title, String text) {
        shown.add(new Shown(level, title, text));
    }
}
