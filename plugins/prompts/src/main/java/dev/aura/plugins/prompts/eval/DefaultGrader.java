package dev.aura.plugins.prompts.eval;

import dev.aura.plugins.prompts.eval.assertions.DeterministicAssertions;
import dev.aura.plugins.prompts.eval.assertions.NegatableAssertion;
import dev.aura.plugins.prompts.eval.assertions.Reasons;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Grades a test case as promptfoo does: each assertion by its type ({@code not-} forms inverted), then the weighted
 * mean score; the test passes when every assertion with a weight passes, or, with a test threshold, when the score
 * reaches it. A zero-weight assertion is graded and shown but cannot fail the test. Immutable and thread-safe:
 * {@link #with} returns a grader that also knows new types (javascript, similar, llm-rubric need a sandbox or a model,
 * so their owners add them).
 */
public final class DefaultGrader implements Grader {
    private final Map<String, Assertion> byType;

    public DefaultGrader(Collection<? extends Assertion> assertions) {
        Map<String, Assertion> types = new TreeMap<>();
        for (Assertion assertion : assertions) {
            if (types.putIfAbsent(assertion.type(), assertion) != null) {
                throw new IllegalArgumentException("Two assertions have the type '" + assertion.type() + "'");
            }
        }
        this.byType = Collections.unmodifiableMap(types);
    }

    /** A grader for the types that need no model or script: equals, contains, regex, is-json, latency, ... */
    public static DefaultGrader deterministic() {
        return new DefaultGrader(DeterministicAssertions.all());
    }

    /** This grader plus more types; a type already known is replaced. */
    public DefaultGrader with(Assertion... more) {
        Map<String, Assertion> types = new TreeMap<>(byType);
        for (Assertion assertion : more) {
            types.put(assertion.type(), assertion);
        }
        return new DefaultGrader(types.values());
    }

    /** The type names this grader knows, sorted, without {@code not-}. */
    public List<String> knownTypes() {
        return List.copyOf(byType.keySet());
    }

    @Override
    public TestGrade grade(List<AssertionSpec> assertions, GradingContext context, Double testThreshold) {
        if (assertions.isEmpty()) {
            return new TestGrade(true, 1, "No assertions", List.of());
        }
        List<GradingResult> results = new ArrayList<>(assertions.size());
        List<String> failures = new ArrayList<>();
        double weightedScore = 0;
        double totalWeight = 0;
        for (AssertionSpec spec : assertions) {
            GradingResult result = gradeOne(spec, context);
            weightedScore += result.score() * spec.weight();
            totalWeight += spec.weight();
            if (!result.pass()) {
                failures.add(result.reason());
            }
            results.add(result);
        }
        // promptfoo: zero total weight gives score 0, while a test without assertions scores 1.
        double score = totalWeight > 0 ? weightedScore / totalWeight : 0;
        boolean pass = failures.isEmpty();
        String reason = pass ? "All assertions passed" : String.join("; ", failures);
        if (testThreshold != null && !testThreshold.isNaN()) {
            pass = score >= testThreshold;
            reason = "Aggregate score " + Reasons.twoDecimals(score) + (pass ? " ≥ " : " < ")
                    + Reasons.number(testThreshold) + " threshold"
                    + (failures.isEmpty() ? "" : ". Failed: " + String.join("; ", failures));
        }
        return new TestGrade(pass, score, reason, results);
    }

    /** One assertion's verdict, inverted for {@code not-}; zero weight forces a pass, as promptfoo does. */
    public GradingResult gradeOne(AssertionSpec spec, GradingContext context) {
        Assertion assertion = byType.get(spec.type());
        if (assertion == null) {
            throw new AssertionConfigException("Unknown assertion type '" + spec.displayType() + "'. Known: "
                    + String.join(", ", byType.keySet()) + " (each also as not-...). Fix the type name");
        }
        GradingResult result = spec.negated() ? negated(assertion, spec, context) : assertion.grade(spec, context);
        boolean pass = result.pass() || spec.weight() == 0;
        return new GradingResult(spec, pass, result.score(), result.reason());
    }

    private static GradingResult negated(Assertion assertion, AssertionSpec spec, GradingContext context) {
        if (assertion instanceof NegatableAssertion negatable) {
            return negatable.gradeNegated(spec, context);
        }
        GradingResult positive = assertion.grade(spec, context);
        boolean pass = !positive.pass();
        return new GradingResult(spec, pass, 1 - positive.score(), pass ? Reasons.PASSED
                : "Expected output to not pass " + spec.type() + " (" + positive.reason() + ")");
    }
}
