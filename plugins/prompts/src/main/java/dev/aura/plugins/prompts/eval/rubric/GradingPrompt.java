package dev.aura.plugins.prompts.eval.rubric;

import dev.aura.core.llm.LlmMessage;
import java.util.List;
import java.util.Objects;

/**
 * The messages sent to the grader model. {@code {{ output }}} and {@code {{ rubric }}} (spaces optional) in either
 * text are replaced by the graded output and the rubric, as in promptfoo's {@code rubricPrompt}.
 */
public record GradingPrompt(String system, String user) {
    /** promptfoo's default llm-rubric prompt, plus a closing request for bare JSON since Ollama's format is not used. */
    public static final GradingPrompt DEFAULT = new GradingPrompt("""
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
        Objects.requireNonNull(user, "user");
        system = system == null ? "" : system;
    }

    /** The messages with output and rubric filled in; an empty system text sends no system message. */
    public List<LlmMessage> render(String output, String rubric) {
        String userText = fill(user, output, rubric);
        return system.isBlank() ? List.of(LlmMessage.user(userText))
                : List.of(LlmMessage.system(fill(system, output, rubric)), LlmMessage.user(userText));
    }

    // One pass over the template, so an output that itself contains "{{ rubric }}" is not filled again.
    private static String fill(String template, String output, String rubric) {
        StringBuilder result = new StringBuilder(template.length() + output.length() + rubric.length());
        var matcher = java.util.regex.Pattern.compile("\\{\\{\\s*(output|rubric)\\s*}}").matcher(template);
        while (matcher.find()) {
            matcher.appendReplacement(result,
                    java.util.regex.Matcher.quoteReplacement("output".equals(matcher.group(1)) ? output : rubric));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
