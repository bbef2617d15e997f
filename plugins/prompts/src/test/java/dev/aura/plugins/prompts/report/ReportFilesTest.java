package dev.aura.plugins.prompts.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
    @TempDir
    Path dir;

    @Test
    void formatsAreChosenByExtension() {
        assertThat(ReportFormat.of(Path.of("out.json"))).contains(ReportFormat.JSON);
        assertThat(ReportFormat.of(Path.of("ci/OUT.JUnit.XML"))).contains(ReportFormat.JUNIT);
        assertThat(ReportFormat.of(Path.of("out.csv"))).contains(ReportFormat.CSV);
        assertThat(ReportFormat.of(Path.of("out.xml"))).isEmpty();
        assertThat(ReportFormat.of(Path.of("out.yaml"))).isEmpty();
        assertThat(ReportFormat.of(Path.of(".json"))).isEmpty();
    }

    @Test
    void replacesAnOldReportWholeAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "old");

        ReportFiles.write(ReportSamples.report(), file, ReportFormat.CSV);

        assertThat(Files.readString(file)).startsWith("suite,test,");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndCleansUp() throws Exception {
        Path file = dir.resolve("out.json");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> ReportFiles.writeAtomically(file, out -> {
            out.write("partial");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
