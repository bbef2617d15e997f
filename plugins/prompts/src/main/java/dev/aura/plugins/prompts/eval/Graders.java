package dev.aura.plugins.prompts.eval;

import dev.aura.core.llm.LlmGateway;
import dev.aura.plugins.prompts.eval.javascript.JavaScriptAssertion;
import dev.aura.plugins.prompts.eval.rubric.LlmRubricAssertion;

/** The grader runs use: every deterministic type, javascript, llm-rubric and similar. */
public final class Graders {
    private Graders() {}

    /**
     * @param graderModel    the local model that grades llm-rubric assertions; null makes them fail with what to do
     * @param embeddingModel the Ollama embedding model for similar assertions; null makes them fail with what to do
     */
    public static Grader forRuns(LlmGateway gateway, String graderModel, String embeddingModel) {
        return DefaultGrader.deterministic()
                .with(new JavaScriptAssertion(), new LlmRubricAssertion(gateway, graderModel));
    }
}
