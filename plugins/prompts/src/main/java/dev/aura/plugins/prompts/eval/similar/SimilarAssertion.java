package dev.aura.plugins.prompts.eval.similar;

import dev.aura.core.llm.Embeddings;
import dev.aura.core.llm.LlmException;
import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;
import dev.aura.plugins.prompts.eval.assertions.NegatableAssertion;
import dev.aura.plugins.prompts.eval.assertions.Reasons;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code similar}: embeds the output and the expected text(s) with a local Ollama embedding model and compares them
 * (cosine by default, {@code similar:dot}, {@code similar:euclidean}), as promptfoo does. The value is a string or a
 * list of strings; a list passes when any of them is similar enough, and its {@code not-} form only when none is. The
 * threshold defaults to 0.75. The output and all values go to Ollama in one request. When no embedding model is
 * chosen, or Ollama cannot embed, the assertion fails in both forms with what to do. Thread-safe.
 */
public final class SimilarAssertion implements NegatableAssertion {
    /** The usage log's source for embedding calls. */
    public static final String SOURCE = "prompts";
    public static final double DEFAULT_THRESHOLD = 0.75;

    private final Embeddings embeddings;
    private final String model;
    private final SimilarityMetric metric;
    private final String type;

    /** Plain {@code similar} (cosine). A null model or null embeddings make every check fail saying what to do. */
    public SimilarAssertion(Embeddings embeddings, String embeddingModel) {
        this(embeddings, embeddingModel, SimilarityMetric.COSINE, "similar");
    }

    /** The type that names {@code metric}: {@code similar:cosine}, {@code similar:dot}, {@code similar:euclidean}. */
    public SimilarAssertion(Embeddings embeddings, String embeddingModel, SimilarityMetric metric) {
        this(embeddings, embeddingModel, metric, metric.typeName());
    }

    private SimilarAssertion(Embeddings embeddings, String embeddingModel, SimilarityMetric metric, String type) {
        this.embeddings = embeddings;
        this.model = embeddingModel == null || embeddingModel.isBlank() ? null : embeddingModel.strip();
        this.metric = Objects.requireNonNull(metric, "metric");
        this.type = type;
    }

    /** {@code similar} and its three metric forms, all with the same model. */
    public static List<SimilarAssertion> all(Embeddings embeddings, String embeddingModel) {
        List<SimilarAssertion> all = new ArrayList<>();
        all.add(new SimilarAssertion(embeddings, embeddingModel));
        for (SimilarityMetric m : SimilarityMetric.values()) {
            all.add(new SimilarAssertion(embeddings, embeddingModel, m));
        }
        return List.copyOf(all);
    }

    @Override
    public String type() {
        return type;
    }

    /** The embedding model, or null when none is chosen. */
    public String embeddingModel() {
        return model;
    }

    @Override
    public GradingResult grade(AssertionSpec spec, GradingContext context) {
        return evaluate(spec, context, false);
    }

    /** Not the positive verdict inverted: a check that could not compare (no model, Ollama down) fails here too. */
    @Override
    public GradingResult gradeNegated(AssertionSpec spec, GradingContext context) {
        return evaluate(spec, context, true);
    }

    @Override
    public String negatedFailureReason(AssertionSpec spec, GradingContext context) {
        return "Expected output to not be similar to the value";
    }

    private GradingResult evaluate(AssertionSpec spec, GradingContext context, boolean inverse) {
        List<String> expected = values(spec);
        double threshold = spec.threshold() == null || spec.threshold().isNaN() ? DEFAULT_THRESHOLD : spec.threshold();
        if (model == null) {
            return GradingResult.fail(spec, noModelReason());
        }
        if (embeddings == null) {
            return GradingResult.fail(spec, "This grader was built without an embeddings client, so the similar check"
                    + " could not run. Run the card from the Prompt Cards panel or with `aura cards test`, which"
                    + " embed with Ollama");
        }
        List<float[]> vectors;
        try {
            List<String> texts = new ArrayList<>(expected.size() + 1);
            texts.add(context.output());
            texts.addAll(expected);
            vectors = embeddings.embed(SOURCE, model, texts);
        } catch (LlmException e) {
            return GradingResult.fail(spec, failure(e));
        }
        float[] output = vectors.getFirst();
        List<GradingResult> results = new ArrayList<>(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            float[] value = vectors.get(i + 1);
            if (value.length != output.length) {
                return GradingResult.fail(spec, "The embedding model '" + model + "' gave vectors of different"
                        + " lengths (" + output.length + " and " + value.length + "). Run the evaluation again, or"
                        + " pick another embedding model");
            }
            double similarity = metric.compare(value, output);
            boolean pass = metric.passes(similarity, threshold, inverse);
            results.add(new GradingResult(spec, pass, metric.score(similarity, inverse),
                    metric.reason(similarity, threshold, pass, inverse)));
        }
        if (!(spec.value() instanceof List<?>)) {
            return results.getFirst();
        }
        return inverse ? noneSimilar(results) : anySimilar(spec, results);
    }

    /** Passes on the first similar value; else the best score, as promptfoo reports how close the output came. */
    private static GradingResult anySimilar(AssertionSpec spec, List<GradingResult> results) {
        double best = Double.NEGATIVE_INFINITY;
        for (GradingResult result : results) {
            if (result.pass()) {
                return result;
            }
            best = Math.max(best, result.score());
        }
        return new GradingResult(spec, false, best, "None of the provided values met the similarity threshold");
    }

    /** Fails on the first value the output is too similar to; else the tightest margin (the lowest score). */
    private static GradingResult noneSimilar(List<GradingResult> results) {
        GradingResult closest = null;
        for (GradingResult result : results) {
            if (!result.pass()) {
                return result;
            }
            if (closest == null || result.score() < closest.score()) {
                closest = result;
            }
        }
        return closest;
    }

    private static List<String> values(AssertionSpec spec) {
        Object value = spec.value();
        if (value instanceof String text) {
            return List.of(text);
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                throw new AssertionConfigException("The " + spec.displayType() + " assertion has an empty list of"
                        + " values. Add at least one text the output should be compared with");
            }
            List<String> texts = new ArrayList<>(list.size());
            for (Object item : list) {
                if (item == null || item instanceof Map<?, ?> || item instanceof List<?>) {
                    throw notText(spec);
                }
                texts.add(Reasons.text(item));
            }
            return texts;
        }
        throw notText(spec);
    }

    private static AssertionConfigException notText(AssertionSpec spec) {
        return new AssertionConfigException("The " + spec.displayType() + " assertion needs a text or a list of texts"
                + " in 'value' to compare the output with; got " + (spec.value() == null ? "nothing"
                : "'" + spec.value() + "'") + ". Write the expected text as the assertion's value");
    }

    private static String noModelReason() {
        return "No embedding model is chosen, so the similar check could not run. Pick an embedding model in the"
                + " Prompt Cards settings (for example nomic-embed-text: `ollama pull nomic-embed-text`), then run"
                + " the evaluation again";
    }

    private String failure(LlmException e) {
        return switch (e.kind()) {
            case MODEL_NOT_FOUND -> "The embedding model '" + model + "' is not installed in Ollama, so the similar"
                    + " check could not run. Pull it (Models panel, or `ollama pull " + model + "`), or pick an"
                    + " installed embedding model in the Prompt Cards settings";
            case UNREACHABLE -> "Ollama is not reachable, so the similar check could not run. Start Ollama (`ollama"
                    + " serve`), then run the evaluation again. (" + e.getMessage() + ")";
            default -> "The embedding model '" + model + "' failed during the similar check: " + e.getMessage();
        };
    }
}
