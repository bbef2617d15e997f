package dev.aura.plugins.prompts.run;

import dev.aura.core.llm.ChatRequest;
import dev.aura.core.llm.ChatResult;
import dev.aura.core.llm.LlmException;
import dev.aura.core.llm.LlmGateway;
import dev.aura.core.llm.StreamHandle;
import dev.aura.core.llm.StreamListener;
import dev.aura.core.usage.Pricing;
import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.Grader;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.PromptTemplates;
import dev.aura.plugins.prompts.eval.TemplateException;
import dev.aura.plugins.prompts.eval.TestGrade;
import java.util.concurrent.ExecutionException;

/** Runs one cell: renders the prompt, calls the model, grades the answer. Never throws; failures become error cells. */
final class CellExecutor {
    static final String SOURCE = "prompts";

    private final LlmGateway gateway;
    private final PromptTemplates templates;
    private final Grader grader;
    private final Pricing pricing;
    private final InFlight inFlight;
    /** Set by the first call that found Ollama unreachable: later cells fail at once instead of retrying each. */
    private volatile String unreachable;

    /** The calls running now, so that a cancelled run can stop them. */
    interface InFlight {
        /** @return false when the run is already cancelled (the handle has then been cancelled) */
        boolean register(StreamHandle handle);

        void unregister(StreamHandle handle);
    }

    CellExecutor(LlmGateway gateway, PromptTemplates templates, Grader grader, Pricing pricing, InFlight inFlight) {
        this.gateway = gateway;
        this.templates = templates;
        this.grader = grader;
        this.pricing = pricing;
        this.inFlight = inFlight;
    }

    CellResult run(Cell cell, String promptTemplate, String systemTemplate, TestCase test) {
        String rendered;
        String system;
        try {
            rendered = templates.render(promptTemplate, test.vars());
            system = systemTemplate == null ? null : templates.render(systemTemplate, test.vars());
        } catch (TemplateException e) {
            return CellResult.error(cell, null, "", "The prompt template cannot be rendered"
                    + position(e) + ": " + e.getMessage() + ". Fix the prompt or the test's vars.", 0);
        }
        if (!cell.supported()) {
            return CellResult.error(cell, rendered, "", "provider " + cell.providerId()
                    + " is not supported here; use --models to run the suite on Ollama models.", 0);
        }
        String down = unreachable;
        if (down != null) {
            return CellResult.error(cell, rendered, "", down, 0);
        }
        ChatRequest request;
        try {
            request = new ChatRequest(SOURCE, "ollama", cell.model(), PromptMessages.of(system, rendered),
                    ProviderParameters.of(cell.providerConfig()));
        } catch (IllegalArgumentException e) {
            return CellResult.error(cell, rendered, "", e.getMessage(), 0);
        }
        long start = System.nanoTime();
        ChatResult answer;
        try {
            answer = call(request);
        } catch (LlmException e) {
            if (e.kind() == LlmException.Kind.CANCELLED) {
                return CellResult.cancelled(cell, rendered);
            }
            if (e.kind() == LlmException.Kind.UNREACHABLE) {
                unreachable = e.getMessage();
            }
            return CellResult.error(cell, rendered, e.partialText(), e.getMessage(), elapsedMs(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CellResult.cancelled(cell, rendered);
        }
        long latencyMs = elapsedMs(start);
        double cost = pricing.cost(cell.model(), answer.promptTokens(), answer.outputTokens(), latencyMs);
        TestGrade grade;
        try {
            GradingContext context = new GradingContext(answer.text(), test.vars(), rendered, cell.model(), latencyMs,
                    cost);
            grade = grader.grade(test.renderedAsserts(templates), context, test.threshold());
        } catch (AssertionConfigException e) {
            return withCall(CellResult.error(cell, rendered, answer.text(), e.getMessage(), latencyMs), answer, cost);
        } catch (TemplateException e) {
            return withCall(CellResult.error(cell, rendered, answer.text(), "An assertion value cannot be rendered"
                    + position(e) + ": " + e.getMessage() + ". Fix the assertion or the test's vars.", latencyMs),
                    answer, cost);
        }
        return new CellResult(cell.testIndex(), cell.promptIndex(), cell.providerId(), cell.model(), rendered,
                answer.text(), grade, null, latencyMs, answer.promptTokens(), answer.outputTokens(), cost, false);
    }

    private ChatResult call(ChatRequest request) throws InterruptedException {
        StreamHandle handle = gateway.stream(request, new StreamListener() {});
        if (!inFlight.register(handle)) {
            handle.cancel();
        }
        try {
            return handle.result().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LlmException llm) {
                throw llm;
            }
            throw new LlmException(LlmException.Kind.OTHER, "The model call failed: " + e.getCause()
                    + ". Check that Ollama is running and try again.", "", e.getCause());
        } catch (InterruptedException e) {
            handle.cancel();
            throw e;
        } finally {
            inFlight.unregister(handle);
        }
    }

    private static CellResult withCall(CellResult error, ChatResult answer, double cost) {
        return new CellResult(error.testIndex(), error.promptIndex(), error.providerId(), error.model(),
                error.renderedPrompt(), error.output(), null, error.error(), error.latencyMs(), answer.promptTokens(),
                answer.outputTokens(), cost, false);
    }

    private static String position(TemplateException e) {
        return e.line() > 0 ? " (line " + e.line() + ", column " + e.column() + ")" : "";
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
