package dev.aura.plugins.prompts.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The output formats of {@code aura cards test -o FILE}, chosen by the file's extension. */
public enum ReportFormat {
    JSON(".json", PromptfooJsonReport::new),
    JUNIT(".junit.xml", JunitReport::new),
    CSV(".csv", CsvReport::new);

    private final String extension;
    private final Supplier<ReportWriter> writer;

    ReportFormat(String extension, Supplier<ReportWriter> writer) {
        this.extension = extension;
        this.writer = writer;
    }

    public String extension() {
        return extension;
    }

    public ReportWriter writer() {
        return writer.get();
    }

    /** The format of {@code file} by its extension (case-insensitive); empty for any other extension. */
    public static Optional<ReportFormat> of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (lower.endsWith(format.extension) && lower.length() > format.extension.length()) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
