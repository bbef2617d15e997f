package dev.aura.plugins.automation.steps;

import dev.aura.core.llm.ChatRequest;
import dev.aura.core.llm.ChatResult;
import dev.aura.core.llm.LlmException;
import dev.aura.core.llm.LlmGateway;
import dev.aura.core.llm.LlmMessage;
import dev.aura.plugins.automation.model.StepType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Sends a rendered prompt through core's LLM gateway. Output: {@code text}, and {@code json} when asked for. */
public final class PromptExecutor implements StepExecutor<StepType.Prompt> {
    private final LlmGateway gateway;
    private final StepTemplates templates;
    private final Function<String, Optional<String>> cardTemplates;

    /** @param cardTemplates the template of the prompt card version with a label, where cards are available */
    public PromptExecutor(LlmGateway gateway, StepTemplates templates, Function<String, Optional<String>> cardTemplates) {
        this.gateway = gateway;
        this.templates = templates;
        this.cardTemplates = cardTemplates;
    }

    @Override
    public StepResult execute(StepType.Prompt step, RunContext context) {
        if (step.model() == null || step.model().isBlank()) {
            throw new StepFailure("A prompt step needs a model. Choose one of the installed models.");
        }
        Map<String, Object> scope = context.scope();
        String model = templates.render(step.model(), scope).strip();
        if (model.isEmpty()) {
            throw new StepFailure("The prompt step's model '" + step.model() + "' came out empty. Set the variable it"
                    + " names, or write the model's name in the step.");
        }
        String template = templateOf(step);
        String prompt = templates.render(template, scope);
        Map<String, Object> inputs = Map.of("model", model, "prompt", prompt);
        ChatResult result;
        try {
            result = gateway.chat(new ChatRequest("automation", "ollama", model,
                    List.of(LlmMessage.user(prompt)), PromptParameters.of(step.parameters())));
        } catch (LlmException e) {
            throw StepFailure.with("The model " + model + " could not answer: " + e.getMessage(), inputs, Map.of());
        }
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("text", result.text());
        output.put("model", result.model());
        if (step.jsonOutput()) {
            Object json = JsonValues.parse(stripFence(result.text())).orElseThrow(() -> StepFailure.with(
                    "The model " + model + " was asked for JSON but answered: " + abbreviate(result.text())
                            + ". Make the prompt ask for JSON only, or turn JSON output off.", inputs, output));
            if (step.jsonSchema() != null && !step.jsonSchema().isBlank()) {
                String problems = JsonSchemaCheck.problems(step.jsonSchema(), json);
                if (problems != null) {
                    throw StepFailure.with("The JSON from " + model + " does not match the step's schema: "
                            + problems + ". Make the prompt describe the fields, or relax the schema.", inputs, output);
                }
            }
            output.put("json", json);
        }
        return new StepResult(inputs, output);
    }

    private String templateOf(StepType.Prompt step) {
        if (step.template() != null) {
            return step.template();
        }
        if (step.cardLabel() == null) {
            throw new StepFailure("A prompt step needs an inline template or a prompt card label. Fill in one of them.");
        }
        return cardTemplates.apply(step.cardLabel()).orElseThrow(() -> new StepFailure(
                "No prompt card version has the label '" + step.cardLabel() + "'. Label a card version or fix the label."));
    }

    private static String stripFence(String text) {
        String t = text.strip();
        if (t.startsWith("```")) {
            int firstLine = t.indexOf('\n');
            int end = t.lastIndexOf("```");
            if (firstLine > 0 && end > firstLine) {
                return t.substring(firstLine + 1, end);
            }
        }
        return t;
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
