package dev.aura.plugins.automation.triggers;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.Trigger;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one folder (not its subfolders) for new or changed files and hands each event to a {@link FileDebouncer}.
 * A folder that is missing is logged and tried again on the next refresh.
 */
final class FolderWatchJob implements TriggerJob {
    static final Duration DEFAULT_DEBOUNCE = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatchJob.class);

    private final FlowRef flow;
    private final Trigger.FolderWatch trigger;
    private final Path folder;
    private final FileDebouncer debouncer;
    private WatchService watcher;
    private boolean missingLogged;
    private boolean cancelled;

    FolderWatchJob(FlowRef flow, Trigger.FolderWatch trigger, TriggerClock clock, SafeLauncher launcher) {
        this.flow = flow;
        this.trigger = trigger;
        this.folder = trigger.folder().toAbsolutePath().normalize();
        Duration debounce = trigger.debounce() == null ? DEFAULT_DEBOUNCE : trigger.debounce();
        this.debouncer = new FileDebouncer(flow, debounce, clock, launcher);
    }

    @Override
    public Trigger trigger() {
        return trigger;
    }

    @Override
    public String label() {
        return "folder " + folder;
    }

    @Override
    public Optional<String> start(RunPolicy.MissedRuns missed) {
        retry();
        return Optional.empty();
    }

    @Override
    public Optional<Instant> next() {
        return Optional.empty();
    }

    @Override
    public synchronized void retry() {
        if (cancelled || watcher != null) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            if (!missingLogged) {
                LOG.warn("Workflow '{}' watches the folder {}, which does not exist. Create the folder or change the"
                        + " trigger; it is checked again whenever workflows are saved or refreshed.", flow.name(), folder);
                missingLogged = true;
            }
            return;
        }
        try {
            WatchService service = folder.getFileSystem().newWatchService();
            folder.register(service, ENTRY_CREATE, ENTRY_MODIFY);
            watcher = service;
            missingLogged = false;
            Thread.ofVirtual().name("aura-folder-watch").start(() -> watch(service));
            LOG.info("Workflow '{}' is watching {}", flow.name(), folder);
        } catch (IOException e) {
            LOG.warn("Workflow '{}' cannot watch the folder {}: {}. Check that the app may read it; it is tried again"
                    + " whenever workflows are saved or refreshed.", flow.name(), folder, e.getMessage());
        }
    }

    private void watch(WatchService service) {
        try {
            while (true) {
                WatchKey key = service.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW) {
                        LOG.warn("Too many changes in {} at once; some files of workflow '{}' may not start a run.",
                                folder, flow.name());
                    } else if (event.context() instanceof Path name) {
                        debouncer.changed(folder.resolve(name), event.kind() == ENTRY_CREATE);
                    }
                }
                if (!key.reset()) {
                    lost(service);
                    return;
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // cancelled
        }
    }

    /** The folder was deleted or became unreadable: stop, and let the next refresh look for it again. */
    private synchronized void lost(WatchService service) {
        close(service);
        if (watcher == service) {
            watcher = null;
            if (!cancelled) {
                LOG.warn("The folder {} watched by workflow '{}' is gone. Create it again; it is checked whenever"
                        + " workflows are saved or refreshed.", folder, flow.name());
            }
        }
    }

    @Override
    public synchronized void cancel() {
        cancelled = true;
        if (watcher != null) {
            close(watcher);
            watcher = null;
        }
        debouncer.cancel();
    }

    private static void close(WatchService service) {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("Closing a folder watch failed", e);
        }
    }
}
