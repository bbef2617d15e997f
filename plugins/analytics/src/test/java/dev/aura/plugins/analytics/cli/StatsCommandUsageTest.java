package dev.aura.plugins.analytics.cli;

import dev.aura.plugins.api.testing.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistyped {@code aura stats} options: exit code 2 and one line that says what to write instead. */
class StatsCommandUsageTest {
    @TempDir
    Path dir;

    private AnalyticsCliFixture fixture;

    @BeforeEach
    void open() {
        fixture = new AnalyticsCliFixture(dir, "http://127.0.0.1:9");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aBadSinceIsAUsageError() {
        CliRun run = fixture.run("stats", "--since", "yesterday");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("aura: 'yesterday' is not a start for --since. Use today, 7d, 30d, a number "
                + "of days like 14d, or a date like 2026-01-31.\n");
    }

    @Test
    void badGroupingOutcomeAndExportFileAreUsageErrors() {
        CliRun by = fixture.run("stats", "--by", "colour");
        CliRun outcome = fixture.run("stats", "--outcome", "maybe");
        CliRun file = fixture.run("stats", "calls", "-o", dir.resolve("calls.xlsx").toString());

        assertThat(by.exitCode()).isEqualTo(2);
        assertThat(by.err()).contains("--by model, plugin, provider or day");
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("--outcome ok, error or cancelled");
        assertThat(file.exitCode()).isEqualTo(2);
        assertThat(file.err()).contains("Name the file .csv or .json");
    }

    @Test
    void helpDescribesTheOptionsFromTheBundle() {
        CliRun run = fixture.run("stats", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--since=WHEN", "today, 7d, 30d", "--by=DIMENSION", "calls");
    }
}
