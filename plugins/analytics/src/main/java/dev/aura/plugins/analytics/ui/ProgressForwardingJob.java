package dev.aura.plugins.analytics.ui;

import dev.aura.core.tasks.JobContext;
import java.util.function.DoubleConsumer;

/** The catch-up's job context that also tells the panel how far it got (the status bar keeps its own copy). */
final class ProgressForwardingJob implements JobContext {
    private final JobContext job;
    private final DoubleConsumer fraction;

    ProgressForwardingJob(JobContext job, DoubleConsumer fraction) {
        this.job = job;
        this.fraction = fraction;
    }

    @Override
    public void progress(double value, String message) {
        job.progress(value, message);
        fraction.accept(value);
    }

    @Override
    public boolean isCancelled() {
        return job.isCancelled();
    }

    @Override
    public void onCancel(Runnable action) {
        job.onCancel(action);
    }
}
