package dev.aura.app.shell.status;

import dev.aura.core.tasks.Job;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One running background job as the status bar shows it; updated on the FX thread by {@link JobsViewModel}. */
public final class JobItem {
    private final Job<?> job;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    JobItem(Job<?> job) {
        this.job = job;
        update(job);
    }

    void update(Job<?> latest) {
        progress.set(latest.progress() < 0 ? -1 : Math.min(1, latest.progress()));
        message.set(latest.message());
    }

    public String id() {
        return job.id();
    }

    public String name() {
        return job.name();
    }

    /** 0..1, or -1 while indeterminate. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void cancel() {
        job.cancel();
    }
}
