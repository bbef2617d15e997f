package dev.aura.plugins.prompts.eval.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.core.llm.LlmMessage;
import dev.aura.core.llm.Role;
import dev.aura.plugins.prompts.eval.AssertionConfigException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages sent to the grader model, as templates: {@code {{ output }}} and {@code {{ rubric }}} (spaces
 * optional) are replaced by the graded output and the rubric, as in promptfoo's {@code rubricPrompt}.
 */
public record GradingPrompt(List<LlmMessage> messages) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(output|rubric)\\s*}}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** promptfoo's default llm-rubric prompt, asking for bare JSON since Ollama's JSON format is not used. */
    public static final GradingPrompt DEFAULT = of("""
            You are grading output according to a user-specified rubric. If the statement in the rubric is true, \
            then the output passes the test. You respond with a JSON object with this structure: \
            {"reason": string, "pass": boolean, "score": number between 0.0 and 1.0}. Respond with the JSON object \
            only.

            Examples:

            Output: Hello world
            Rubric: Content contains a greeting
            {"reason": "the content contains the word 'world'", "pass": true, "score": 1.0}

            Output: Avast ye swabs, repel the invaders!
            Rubric: Does not speak like a pirate
            {"reason": "'avast ye' is a common pirate term", "pass": false, "score": 0.0}""",
            "<Output>\n{{ output }}\n</Output>\n<Rubric>\n{{ rubric }}\n</Rubric>");

    public GradingPrompt {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("A grading prompt needs at least one message");
        }
    }

    /** A system message (skipped when blank) and a user message. */
    public static GradingPrompt of(String system, String user) {
        return system == null || system.isBlank() ? new GradingPrompt(List.of(LlmMessage.user(user)))
                : new GradingPrompt(List.of(LlmMessage.system(system), LlmMessage.user(user)));
    }

    /**
     * Reads a promptfoo {@code rubricPrompt}: a JSON array of {@code {role, content}} messages, or any other text as
     * one user message.
     *
     * @throws AssertionConfigException when the JSON array holds something other than messages
     */
    public static GradingPrompt fromPromptfoo(String rubricPrompt) {
        if (rubricPrompt == null || rubricPrompt.isBlank()) {
            throw new AssertionConfigException("The rubricPrompt is empty. Write the grading prompt, or remove"
                    + " rubricPrompt to use the default one");
        }
        JsonNode json;
        try {
            json = JSON.readTree(rubricPrompt);
        } catch (IOException notJson) {
            json = null;
        }
        if (json == null || !json.isArray()) {
            return new GradingPrompt(List.of(LlmMessage.user(rubricPrompt)));
        }
        List<LlmMessage> messages = new ArrayList<>();
        for (JsonNode message : json) {
            messages.add(new LlmMessage(role(message.path("role").asText("")), content(message), List.of()));
        }
        return new GradingPrompt(messages);
    }

    /** The messages with output and rubric filled in. */
    public List<LlmMessage> render(String output, String rubric) {
        return messages.stream()
                .map(m -> new LlmMessage(m.role(), fill(m.text(), output, rubric), m.images()))
                .toList();
    }

    private static Role role(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "system" -> Role.SYSTEM;
            case "user" -> Role.USER;
            case "assistant" -> Role.ASSISTANT;
            default -> throw new AssertionConfigException("The rubricPrompt has a message with role '" + name
                    + "'. Use system, user or assistant");
        };
    }

    private static String content(JsonNode message) {
        JsonNode content = message.path("content");
        if (!content.isTextual()) {
            throw new AssertionConfigException("Each rubricPrompt message needs its text in 'content'; got "
                    + message + ". Write each message as {role, content}");
        }
        return content.asText();
    }

    // One pass over the template, so an output that itself contains "{{ rubric }}" is not filled again.
    private static String fill(String template, String output, String rubric) {
        StringBuilder result = new StringBuilder(template.length() + output.length() + rubric.length());
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            matcher.appendReplacement(result,
                    Matcher.quoteReplacement("output".equals(matcher.group(1)) ? output : rubric));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
