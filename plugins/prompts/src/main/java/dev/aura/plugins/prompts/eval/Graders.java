package dev.aura.plugins.prompts.eval;

import dev.aura.core.llm.Embeddings;
import dev.aura.core.llm.LlmGateway;
import dev.aura.plugins.prompts.eval.assertions.NegatableAssertion;
import dev.aura.plugins.prompts.eval.javascript.JavaScriptAssertion;
import dev.aura.plugins.prompts.eval.rubric.LlmRubricAssertion;
import dev.aura.plugins.prompts.eval.similar.SimilarAssertion;
import java.util.ArrayList;
import java.util.List;

/** The grader runs use: every deterministic type, javascript, llm-rubric and similar. */
public final class Graders {
    private Graders() {}

    /**
     * @param embeddings     the client similar assertions embed with
     * @param graderModel    the local model that grades llm-rubric assertions; null makes them fail with what to do
     * @param embeddingModel the Ollama embedding model for similar assertions; null makes them fail with what to do
     */
    public static Grader forRuns(LlmGateway gateway, Embeddings embeddings, String graderModel,
            String embeddingModel) {
        List<Assertion> more = new ArrayList<>();
        more.add(new JavaScriptAssertion());
        more.add(graderModel == null || graderModel.isBlank()
                ? new NoGraderModel()
                : new LlmRubricAssertion(gateway, graderModel.strip()));
        more.addAll(SimilarAssertion.all(embeddings, embeddingModel));
        return DefaultGrader.deterministic().with(more.toArray(Assertion[]::new));
    }

    /** Without an embeddings client: similar assertions then fail, saying the run cannot embed. */
    public static Grader forRuns(LlmGateway gateway, String graderModel, String embeddingModel) {
        return forRuns(gateway, null, graderModel, embeddingModel);
    }

    /** llm-rubric when no grader model is chosen: fails in both forms, saying how to choose one. */
    private static final class NoGraderModel implements NegatableAssertion {
        private static final String REASON = "No grader model is chosen, so the llm-rubric check could not run. Pick"
                + " a grader model in the Prompt Cards settings (an installed chat model, for example llama3.2),"
                + " then run the evaluation again";

        @Override
        public String type() {
            return "llm-rubric";
        }

        @Override
        public GradingResult grade(AssertionSpec spec, GradingContext context) {
            return GradingResult.fail(spec, REASON);
        }

        @Override
        public GradingResult gradeNegated(AssertionSpec spec, GradingContext context) {
            return GradingResult.fail(spec, REASON);
        }

        @Override
        public String negatedFailureReason(AssertionSpec spec, GradingContext context) {
            return REASON;
        }
    }
}
