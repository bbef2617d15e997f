package dev.aura.plugins.prompts.eval.assertions;

import dev.aura.plugins.prompts.eval.Assertion;
import java.util.ArrayList;
import java.util.List;

/** The assertion types that need neither a model nor a script: they grade from the output and the call alone. */
public final class DeterministicAssertions {
    private DeterministicAssertions() {
    }

    /** Fresh instances (each keeps its own compiled regex and schema caches). */
    public static List<Assertion> all() {
        List<Assertion> assertions = new ArrayList<>();
        assertions.add(new EqualsAssertion());
        assertions.add(ContainsAssertion.caseSensitive());
        assertions.add(ContainsAssertion.ignoringCase());
        assertions.addAll(ContainsListAssertion.family());
        assertions.add(new StartsWithAssertion());
        assertions.add(new RegexAssertion());
        assertions.add(new IsJsonAssertion());
        assertions.add(new ContainsJsonAssertion());
        assertions.add(new WordCountAssertion());
        assertions.add(new LevenshteinAssertion());
        assertions.add(new LatencyAssertion());
        assertions.add(new CostAssertion());
        return List.copyOf(assertions);
    }
}
