package dev.aura.core.evals;

import java.time.Instant;

/**
 * One evaluated call: a test case of a suite (a prompt card) run on a model, and whether it passed.
 *
 * @param source  the plugin that evaluated ("prompts")
 * @param suite   what was evaluated, stable across runs (a card id or name)
 * @param caseKey the test case within the suite, stable across runs
 */
public record EvalRecord(String id, Instant recordedAt, String source, String suite, String caseKey, String provider,
        String model, boolean passed, Double score, long latencyMs) {}
