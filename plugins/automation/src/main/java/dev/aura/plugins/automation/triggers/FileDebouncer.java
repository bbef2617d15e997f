package dev.aura.plugins.automation.triggers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the bursts of events one save makes (create, then several modifies) into one run per file: a run starts once
 * a file has had no event for the debounce time. Temporary, lock and hidden files never start a run.
 */
final class FileDebouncer {
    private static final Set<String> TEMPORARY_SUFFIXES = Set.of(".tmp", ".temp", ".part", ".crdownload", ".swp");

    private final FlowRef flow;
    private final Duration debounce;
    private final TriggerClock clock;
    private final SafeLauncher launcher;
    private final Map<Path, Waiting> waiting = new HashMap<>();
    private boolean cancelled;

    FileDebouncer(FlowRef flow, Duration debounce, TriggerClock clock, SafeLauncher launcher) {
        this.flow = flow;
        this.debounce = debounce;
        this.clock = clock;
        this.launcher = launcher;
    }

    /** Hidden files (".~lock.x#", ".x.swp"), Office owner files ("~$x.docx"), backups ("x~") and partial downloads. */
    static boolean ignored(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.startsWith(".") || lower.startsWith("~$") || lower.endsWith("~")
                || TEMPORARY_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    synchronized void changed(Path file, boolean created) {
        if (cancelled || ignored(file.getFileName().toString())) {
            return;
        }
        Waiting before = waiting.get(file);
        if (before != null) {
            before.timer().cancel();
        }
        boolean wasCreated = created || (before != null && before.created());
        Object token = new Object();
        TriggerClock.Scheduled timer = clock.schedule(clock.now().plus(debounce), () -> settled(file, token));
        waiting.put(file, new Waiting(wasCreated, token, timer));
    }

    private void settled(Path file, Object token) {
        Waiting done;
        synchronized (this) {
            done = waiting.get(file);
            // A newer event replaced this timer just as it fired: that one launches.
            if (cancelled || done == null || done.token() != token) {
                return;
            }
            waiting.remove(file);
        }
        if (!Files.isRegularFile(file)) {
            return; // deleted or renamed away again, or a folder
        }
        launcher.launch(flow, "folder " + file, Map.of(
                "file", file.toString(),
                "fileName", file.getFileName().toString(),
                "event", done.created() ? "created" : "modified"));
    }

    synchronized void cancel() {
        cancelled = true;
        waiting.values().forEach(w -> w.timer().cancel());
        waiting.clear();
    }

    private record Waiting(boolean created, Object token, TriggerClock.Scheduled timer) {}
}
