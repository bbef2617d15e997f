package dev.aura.plugins.models;

import dev.aura.plugins.models.PullProgressTracker.Snapshot;

/** The words and numbers shown while a pull runs, shared by the panel and the CLI. */
public final class PullTexts {
    private final Messages messages;

    public PullTexts(Messages messages) {
        this.messages = messages;
    }

    public String jobName(String model) {
        return messages.text("pull.job", model);
    }

    public String starting(String model) {
        return messages.text("pull.phase.starting", model);
    }

    /** What Ollama is doing now, e.g. "Downloading llama3.2". */
    public String phase(String model, Snapshot snapshot) {
        return switch (snapshot.phase()) {
            case STARTING -> starting(model);
            case MANIFEST -> messages.text("pull.phase.manifest", model);
            case DOWNLOADING -> messages.text("pull.phase.downloading", model);
            case VERIFYING -> messages.text("pull.phase.verifying", model);
            case WRITING -> messages.text("pull.phase.writing", model);
            case DONE -> messages.text("pull.phase.done", model);
            case OTHER -> messages.text("pull.phase.other", model, snapshot.status());
        };
    }

    /** "1.2 GB of 2.0 GB · 60% · 12.3 MB/s"; empty until Ollama reports a size. */
    public String detail(Snapshot snapshot) {
        if (snapshot.total() <= 0) {
            return "";
        }
        String bytes = bytes(snapshot);
        String percent = messages.text("pull.percent", snapshot.percent());
        if (snapshot.bytesPerSecond() < 0) {
            return messages.text("pull.detail", bytes, percent);
        }
        return messages.text("pull.detailWithSpeed", bytes, percent, speed(snapshot));
    }

    public String bytes(Snapshot snapshot) {
        return messages.text("pull.bytes", ByteSizes.format(snapshot.completed(), messages.locale()),
                ByteSizes.format(snapshot.total(), messages.locale()));
    }

    public String speed(Snapshot snapshot) {
        return snapshot.bytesPerSecond() < 0 ? "" : ByteSizes.formatSpeed(snapshot.bytesPerSecond(), messages.locale());
    }

    public String ready(String model) {
        return messages.text("pull.ready", model);
    }

    public String readyTitle() {
        return messages.text("pull.readyTitle");
    }

    public String cancelled(String model) {
        return messages.text("pull.cancelled", model);
    }
}
