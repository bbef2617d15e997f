package dev.aura.plugins.prompts.eval;

import java.util.Objects;

/**
 * One assertion of a test case, as promptfoo writes it: {@code type} without its {@code not-} prefix ("contains",
 * "regex", "javascript", ...), {@code negated} for the {@code not-} form, {@code value} as parsed from YAML/CSV (a
 * string, number, list or map), an optional {@code threshold} (its meaning depends on the type), a {@code weight}
 * (default 1; 0 means it is reported but does not count) and an optional named {@code metric}.
 */
public record AssertionSpec(String type, boolean negated, Object value, Double threshold, double weight, String metric) {
    public AssertionSpec {
        Objects.requireNonNull(type, "type");
        if (weight < 0) {
            throw new IllegalArgumentException("An assertion's weight cannot be negative");
        }
    }

    /** Parses "not-contains" into type "contains", negated. */
    public static AssertionSpec of(String typeWithPrefix, Object value) {
        boolean negated = typeWithPrefix.startsWith("not-");
        return new AssertionSpec(negated ? typeWithPrefix.substring(4) : typeWithPrefix, negated, value, null, 1, null);
    }

    public AssertionSpec withThreshold(Double value) {
        return new AssertionSpec(type, negated, this.value, value, weight, metric);
    }

    public AssertionSpec withWeight(double value) {
        return new AssertionSpec(type, negated, this.value, threshold, value, metric);
    }

    /** The name as the user wrote it ("not-contains"). */
    public String displayType() {
        return negated ? "not-" + type : type;
    }
}
