package dev.aura.plugins.prompts.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file atomically: into a temporary file next to it, then moved into place, so a reader (a CI step, a crash
 * mid-write) never sees half a report and an old report stays whole until the new one is complete.
 */
public final class ReportFiles {
    private static final int BUFFER = 64 * 1024;

    private ReportFiles() {}

    /** Writes {@code report} to {@code file} in the format its extension names. */
    public static void write(RunReport report, Path file, ReportFormat format) throws IOException {
        writeAtomically(file, out -> format.writer().write(report, out));
    }

    /** The body that fills the file. */
    @FunctionalInterface
    public interface Body {
        void write(Writer out) throws IOException;
    }

    public static void writeAtomically(Path file, Body body) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp),
                    StandardCharsets.UTF_8), BUFFER)) {
                body.write(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
