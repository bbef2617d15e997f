package dev.aura.plugins.prompts.report;

import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingResult;
import dev.aura.plugins.prompts.eval.TestGrade;
import dev.aura.plugins.prompts.promptfoo.PromptDef;
import dev.aura.plugins.prompts.promptfoo.PromptfooConfig;
import dev.aura.plugins.prompts.promptfoo.ProviderDef;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import dev.aura.plugins.prompts.run.CellResult;
import dev.aura.plugins.prompts.run.SuiteResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A finished run of 2 tests x 2 prompts x 2 providers, in the engine's (test, prompt, provider) order. Test "greets"
 * passes everywhere; test 2 fails on the first provider and errors on the second. Outputs hold commas, quotes, line
 * breaks and a control character, which every format must carry or clean.
 */
final class ReportSamples {
    static final Instant AT = Instant.parse("2026-11-22T10:15:30Z");
    static final AssertionSpec CONTAINS_HELLO = AssertionSpec.of("contains", "Hello");
    static final AssertionSpec NOT_SORRY = new AssertionSpec("contains", true, "sorry", null, 2, "politeness");

    private ReportSamples() {}

    static PromptfooConfig config() {
        return new PromptfooConfig("Greetings", List.of(new PromptDef("short", "Hi {{ name }}"),
                new PromptDef("Tell {{ name }} hello, politely.", "Tell {{ name }} hello, politely.")),
                List.of(new ProviderDef("ollama:chat:llama3.2", "Llama", "chat", "llama3.2", Map.of()),
                        new ProviderDef("ollama:chat:qwen3", null, "chat", "qwen3", Map.of())),
                List.of(new TestDef("greets", Map.of("name", "Ann"), List.of(CONTAINS_HELLO), null),
                        new TestDef(null, Map.of("name", "Bo, \"the\" great"), List.of(CONTAINS_HELLO), 0.5)),
                new TestDef(null, Map.of("lang", "en"), List.of(NOT_SORRY), null), List.of());
    }

    static SuiteRun suite() {
        List<CellResult> cells = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            for (int p = 0; p < 2; p++) {
                for (int v = 0; v < 2; v++) {
                    String provider = v == 0 ? "ollama:chat:llama3.2" : "ollama:chat:qwen3";
                    String model = v == 0 ? "llama3.2" : "qwen3";
                    String rendered = (p == 0 ? "Hi " : "Tell ") + (t == 0 ? "Ann" : "Bo");
                    if (t == 0) {
                        cells.add(passed(t, p, provider, model, rendered));
                    } else if (v == 0) {
                        cells.add(failed(t, p, provider, model, rendered));
                    } else {
                        cells.add(new CellResult(t, p, provider, model, rendered, "", null,
                                "model \"qwen3\" not found; run ollama pull qwen3", 12, 0, 0, null, false));
                    }
                }
            }
        }
        SuiteResult result = new SuiteResult(cells, new SuiteResult.Stats(4, 2, 2, 0, 60, 24, 84, 1500));
        return new SuiteRun("greetings.yaml", config(), List.of(), result);
    }

    static RunReport report() {
        return new RunReport(AT, List.of(suite()), 1500);
    }

    private static CellResult passed(int t, int p, String provider, String model, String rendered) {
        TestGrade grade = new TestGrade(true, 1, "All assertions passed",
                List.of(GradingResult.pass(NOT_SORRY, "Assertion passed"),
                        GradingResult.pass(CONTAINS_HELLO, "Assertion passed")));
        return new CellResult(t, p, provider, model, rendered, "Hello, \"friend\"\nHow are you?", grade, null, 250,
                10, 4, 0.001, false);
    }

    private static CellResult failed(int t, int p, String provider, String model, String rendered) {
        TestGrade grade = new TestGrade(false, 0.6667, "Expected output to contain \"Hello\"",
                List.of(GradingResult.pass(NOT_SORRY, "Assertion passed"),
                        GradingResult.fail(CONTAINS_HELLO, "Expected output to contain \"Hello\"")));
        return new CellResult(t, p, provider, model, rendered, "Bye\u0007, Bo", grade, null, 1250, 10, 4, 0.002,
                false);
    }
}
