package dev.aura.plugins.prompts.eval;

/** One assertion type ("contains", "regex", ...): grades an output against a spec of that type. */
public interface Assertion {
    /** The type name without {@code not-}. */
    String type();

    /**
     * Grades as if not negated; the caller inverts the verdict for {@code not-} forms.
     *
     * @throws AssertionConfigException when the spec's value does not fit the type (a regex that does not compile)
     */
    GradingResult grade(AssertionSpec spec, GradingContext context);
}
