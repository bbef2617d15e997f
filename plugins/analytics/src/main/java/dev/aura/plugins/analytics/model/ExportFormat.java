package dev.aura.plugins.analytics.model;

import java.nio.file.Path;
import java.util.Locale;

public enum ExportFormat {
    CSV, JSON;

    /** By the file's extension: ".json" is JSON, anything else CSV. */
    public static ExportFormat of(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : CSV;
    }
}
