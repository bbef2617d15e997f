package dev.aura.plugins.automation.runs;

import dev.aura.plugins.api.Notifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every notification, for tests that check what the user was told. */
final class RecordingNotifier implements Notifier {
    record Sent(Level level, String title, String text) {}

    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    @Override
    public void notify(Level level, String title, String text) {
        sent.add(new Sent(level, title, text));
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }
}
