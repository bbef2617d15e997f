package dev.aura.plugins.prompts.eval.similar;

import dev.aura.plugins.prompts.eval.assertions.Reasons;

/**
 * How two embeddings are compared, as promptfoo's {@code similar}, {@code similar:cosine}, {@code similar:dot} and
 * {@code similar:euclidean}. Similarities pass at or above the threshold; a distance passes at or below it.
 */
public enum SimilarityMetric {
    COSINE("similar:cosine"),
    DOT_PRODUCT("similar:dot"),
    EUCLIDEAN("similar:euclidean");

    // promptfoo compares with a margin of JavaScript's Number.EPSILON
    private static final double EPSILON = Math.ulp(1.0);

    private final String typeName;

    SimilarityMetric(String typeName) {
        this.typeName = typeName;
    }

    /** The assertion type that names this metric explicitly. */
    public String typeName() {
        return typeName;
    }

    /** Cosine or dot product of the two vectors, or their euclidean distance; a zero vector has cosine 0. */
    public double compare(float[] expected, float[] output) {
        double dot = 0;
        double expectedNorm = 0;
        double outputNorm = 0;
        double squaredDistance = 0;
        for (int i = 0; i < expected.length; i++) {
            double a = expected[i];
            double b = output[i];
            dot += a * b;
            expectedNorm += a * a;
            outputNorm += b * b;
            squaredDistance += (a - b) * (a - b);
        }
        return switch (this) {
            case COSINE -> expectedNorm == 0 || outputNorm == 0 ? 0 : dot / Math.sqrt(expectedNorm * outputNorm);
            case DOT_PRODUCT -> dot;
            case EUCLIDEAN -> Math.sqrt(squaredDistance);
        };
    }

    /** Whether the value passes: {@code inverse} is the {@code not-} form. */
    boolean passes(double value, double threshold, boolean inverse) {
        if (this == EUCLIDEAN) {
            return inverse ? value >= threshold - EPSILON : value <= threshold + EPSILON;
        }
        return inverse ? value <= threshold + EPSILON : value >= threshold - EPSILON;
    }

    /** Higher is always better: a distance becomes {@code 1 / (1 + d)}; {@code not-} forms count {@code 1 - x}. */
    double score(double value, boolean inverse) {
        double normalized = this == EUCLIDEAN ? 1 / (1 + value) : value;
        return inverse ? 1 - normalized : normalized;
    }

    /** promptfoo's wording, chosen by the verdict as promptfoo chooses it (so an equal value reads by its verdict). */
    String reason(double value, double threshold, boolean pass, boolean inverse) {
        String shown = Reasons.twoDecimals(value);
        String limit = Reasons.number(threshold);
        boolean matched = pass != inverse;
        if (this == EUCLIDEAN) {
            return matched
                    ? "Distance " + shown + " is less than or equal to threshold " + limit
                    : "Distance " + shown + " is greater than threshold " + limit;
        }
        return matched
                ? "Similarity " + shown + " is greater than or equal to threshold " + limit
                : "Similarity " + shown + " is less than threshold " + limit;
    }
}
