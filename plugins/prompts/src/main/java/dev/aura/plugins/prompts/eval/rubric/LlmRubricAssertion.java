package dev.aura.plugins.prompts.eval.rubric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.core.llm.ChatRequest;
import dev.aura.core.llm.LlmException;
import dev.aura.core.llm.LlmGateway;
import dev.aura.core.llm.ModelParameters;
import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;
import dev.aura.plugins.prompts.eval.assertions.NegatableAssertion;
import dev.aura.plugins.prompts.eval.assertions.Reasons;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code llm-rubric}: a local grader model reads the output and the rubric ({@code value}, already rendered) and
 * answers {@code {reason, pass, score}}, as in promptfoo. With a threshold the score must also reach it. The answer is
 * asked for as JSON in the prompt and the first JSON object in it is used. A grader that cannot run (Ollama down,
 * model not installed) or answers without JSON fails the assertion, in the {@code not-} form too. Thread-safe.
 */
public final class LlmRubricAssertion implements NegatableAssertion {
    /** The usage log's source for grading calls. */
    public static final String SOURCE = "prompts";
    /** Grading should be as repeatable as the model allows. */
    public static final ModelParameters DEFAULT_PARAMETERS = new ModelParameters(0.0, null, null, null, null, null);
    private static final int SHOWN_ANSWER_CHARS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LlmGateway gateway;
    private final String graderModel;
    private final ModelParameters parameters;
    private final GradingPrompt prompt;

    public LlmRubricAssertion(LlmGateway gateway, String graderModel) {
        this(gateway, graderModel, DEFAULT_PARAMETERS, GradingPrompt.DEFAULT);
    }

    /** {@code prompt} replaces promptfoo's default grading prompt, like its {@code rubricPrompt}. */
    public LlmRubricAssertion(LlmGateway gateway, String graderModel, ModelParameters parameters,
            GradingPrompt prompt) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        if (graderModel == null || graderModel.isBlank()) {
            throw new IllegalArgumentException("llm-rubric needs a grader model name");
        }
        this.graderModel = graderModel;
        this.parameters = parameters == null ? DEFAULT_PARAMETERS : parameters;
        this.prompt = prompt == null ? GradingPrompt.DEFAULT : prompt;
    }

    @Override
    public String type() {
        return "llm-rubric";
    }

    public String graderModel() {
        return graderModel;
    }

    @Override
    public GradingResult grade(AssertionSpec spec, GradingContext context) {
        return evaluate(spec, context, false);
    }

    /** Inverts a verdict the grader gave (score {@code 1 - score}); a grader that could not give one still fails. */
    @Override
    public GradingResult gradeNegated(AssertionSpec spec, GradingContext context) {
        return evaluate(spec, context, true);
    }

    @Override
    public String negatedFailureReason(AssertionSpec spec, GradingContext context) {
        return "Expected output to not pass the rubric";
    }

    private GradingResult evaluate(AssertionSpec spec, GradingContext context, boolean inverse) {
        Verdict verdict = ask(spec, context);
        if (verdict.failure() != null) {
            return GradingResult.fail(spec, verdict.failure());
        }
        GraderAnswer answer = verdict.answer();
        Double threshold = spec.threshold();
        boolean belowThreshold = threshold != null && !threshold.isNaN() && answer.score() < threshold;
        boolean positive = answer.pass() && !belowThreshold;
        String reason = reason(answer, positive, belowThreshold, threshold);
        if (!inverse) {
            return new GradingResult(spec, positive, answer.score(), reason);
        }
        double inverted = Math.min(1, Math.max(0, 1 - answer.score()));
        return new GradingResult(spec, !positive, inverted,
                positive ? negatedFailureReason(spec, context) + ": " + reason : reason);
    }

    private Verdict ask(AssertionSpec spec, GradingContext context) {
        String rubric = rubric(spec);
        String answer;
        try {
            answer = gateway.chat(new ChatRequest(SOURCE, "ollama", graderModel,
                    prompt.render(context.output(), rubric), parameters)).text();
        } catch (LlmException e) {
            return Verdict.failed(graderFailure(e));
        }
        if (answer == null || answer.isBlank()) {
            return Verdict.failed("The grader model '" + graderModel + "' gave an empty answer to the llm-rubric check."
                    + " Run the evaluation again, or pick another grader model");
        }
        Optional<GraderAnswer> parsed = GraderAnswer.parse(answer);
        return parsed.map(Verdict::of).orElseGet(() -> Verdict.failed("Could not extract JSON from the llm-rubric"
                + " grader's answer: \"" + shorten(answer) + "\". Run it again, or pick a grader model that"
                + " follows instructions better"));
    }

    private String graderFailure(LlmException e) {
        return switch (e.kind()) {
            case MODEL_NOT_FOUND -> "The grader model '" + graderModel + "' is not installed in Ollama, so the"
                    + " llm-rubric check could not run. Pull the grader model " + graderModel + " (Models panel, or"
                    + " `ollama pull " + graderModel + "`), or pick an installed grader model";
            case UNREACHABLE -> "Ollama is not reachable, so the llm-rubric check could not run. Start Ollama"
                    + " (`ollama serve`), then run the evaluation again. (" + e.getMessage() + ")";
            default -> "The grader model '" + graderModel + "' failed during the llm-rubric check: "
                    + e.getMessage();
        };
    }

    private static String reason(GraderAnswer answer, boolean pass, boolean belowThreshold, Double threshold) {
        String given = answer.reason().isBlank() ? "" : answer.reason().strip();
        if (belowThreshold) {
            String limit = "Score " + Reasons.number(answer.score()) + " below threshold " + Reasons.number(threshold);
            return given.isEmpty() ? limit : limit + ". " + given;
        }
        if (!given.isEmpty()) {
            return given;
        }
        return pass ? "Grading passed" : "The grader failed the output without giving a reason";
    }

    /** A string rubric as is; an object rubric as JSON, as promptfoo renders objects into its prompt. */
    private static String rubric(AssertionSpec spec) {
        Object value = spec.value();
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new AssertionConfigException("The llm-rubric value cannot be written as JSON (" + e.getOriginalMessage()
                        + "). Write the rubric as text");
            }
        }
        throw new AssertionConfigException("The llm-rubric assertion needs its rubric as text in 'value' (for example"
                + " 'Is polite and answers in Thai'); got " + (value == null ? "nothing" : "'" + value + "'")
                + ". Write the rubric as the assertion's value");
    }

    static String shorten(String answer) {
        String flat = answer.strip();
        return flat.length() <= SHOWN_ANSWER_CHARS ? flat : flat.substring(0, SHOWN_ANSWER_CHARS) + "…";
    }

    /** Either the grader's answer or why there is none. */
    private record Verdict(GraderAnswer answer, String failure) {
        static Verdict of(GraderAnswer answer) {
            return new Verdict(answer, null);
        }

        static Verdict failed(String failure) {
            return new Verdict(null, failure);
        }
    }
}
