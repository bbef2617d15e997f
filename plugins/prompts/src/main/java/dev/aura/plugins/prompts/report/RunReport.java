package dev.aura.plugins.prompts.report;

import java.time.Instant;
import java.util.List;

/** Everything one {@code aura cards test} ran, for the output files: one entry per config or card. */
public record RunReport(Instant timestamp, List<SuiteRun> suites, long durationMs) {
    public RunReport {
        suites = List.copyOf(suites);
    }
}
