package dev.aura.bench.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pass/fail per test from a promptfoo-shaped JSON output ({@code results.results[]} with {@code testIdx} and
 * {@code success}); errors (the call failed, nothing graded) are told apart from failed assertions.
 */
final class Verdicts {
    enum Verdict { PASS, FAIL, ERROR }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Verdicts() {}

    static Map<Integer, Verdict> read(Path output) throws IOException {
        if (!Files.exists(output)) {
            throw new IllegalStateException("no output file " + output + " was written");
        }
        JsonNode rows = JSON.readTree(output.toFile()).path("results").path("results");
        Map<Integer, Verdict> byTest = new TreeMap<>();
        for (JsonNode row : rows) {
            int test = row.path("testIdx").asInt(-1);
            // promptfoo's failureReason: 1 an assertion failed, 2 an error; without it, an error with no grading
            boolean error = row.path("failureReason").asInt(0) == 2
                    || (!row.hasNonNull("gradingResult") && row.hasNonNull("error"));
            Verdict verdict = row.path("success").asBoolean(false) ? Verdict.PASS : error ? Verdict.ERROR : Verdict.FAIL;
            byTest.put(test, verdict);
        }
        return byTest;
    }

    /** The tool's own duration of the evaluation ({@code results.stats.durationMs}): the wall time minus start-up and exit. */
    static double evalDurationMs(Path output) throws IOException {
        return JSON.readTree(output.toFile()).path("results").path("stats").path("durationMs").asDouble(Double.NaN);
    }

    /** The tests whose verdicts differ (or that one side lacks), as "testIdx: a vs b". */
    static List<String> differences(Map<Integer, Verdict> a, Map<Integer, Verdict> b) {
        List<String> out = new ArrayList<>();
        TreeMap<Integer, Verdict> all = new TreeMap<>(a);
        b.forEach(all::putIfAbsent);
        for (Integer test : all.keySet()) {
            Verdict va = a.get(test);
            Verdict vb = b.get(test);
            if (va != vb) {
                out.add(test + ": " + va + " vs " + vb);
            }
        }
        return out;
    }

    /** The tests whose verdict is not the one the generator built them for. */
    static List<String> unexpected(Map<Integer, Verdict> verdicts, int tests) {
        List<String> out = new ArrayList<>();
        for (int id = 0; id < tests; id++) {
            Verdict expected = CardsConfigGenerator.expectedPass(id) ? Verdict.PASS : Verdict.FAIL;
            if (verdicts.get(id) != expected) {
                out.add(id + ": " + verdicts.get(id) + ", built to " + expected);
            }
        }
        return out;
    }
}
