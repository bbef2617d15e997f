package dev.aura.plugins.analytics.ui;

import dev.aura.core.tasks.JobContext;
import java.util.function.DoubleConsumer;

/**
 * The catch-up's job context that also tells the panel how far it got. The status bar gets the panel's own text in
 * the user's language, not the service's (English) message.
 */
final class ProgressForwardingJob implements JobContext {
    private final JobContext job;
    private final String text;
    private final DoubleConsumer fraction;

    ProgressForwardingJob(JobContext job, String text, DoubleConsumer fraction) {
        this.job = job;
        this.text = text;
        this.fraction = fraction;
    }

    @Override
    public void progress(double value, String message) {
        job.progress(value, text);
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
