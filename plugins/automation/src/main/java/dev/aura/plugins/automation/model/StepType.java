package dev.aura.plugins.automation.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What a step does. Text fields may hold templates ({@code {{ vars.x }}}, {@code {{ steps.id.text }}}). */
public sealed interface StepType {
    /** A model call: an inline template, or the version of a prompt card with {@code cardLabel}. */
    record Prompt(String template, String cardLabel, String model, Map<String, Object> parameters,
                  boolean jsonOutput, String jsonSchema) implements StepType {
        public Prompt {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        }
    }

    record Http(String method, String url, Map<String, String> headers, String body, Duration timeout)
            implements StepType {
        public Http {
            method = method == null ? "GET" : method.toUpperCase(java.util.Locale.ROOT);
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }
    }

    /** {@code path} is the file or folder; {@code target} is the destination of a move; {@code content} is written. */
    record Files(FileOperation operation, String path, String target, String content) implements StepType {}

    /** Either a template rendered to text, or a JSONPath read from the JSON output of step {@code source}. */
    record Transform(String template, String jsonPath, String source) implements StepType {}

    record Condition(String expression, List<Step> then, List<Step> otherwise) implements StepType {
        public Condition {
            then = then == null ? List.of() : List.copyOf(then);
            otherwise = otherwise == null ? List.of() : List.copyOf(otherwise);
        }
    }

    /** Runs {@code body} once per item of the list {@code items} evaluates to, as {@code item}, at most {@code concurrency} at once. */
    record ForEach(String items, List<Step> body, int concurrency) implements StepType {
        public ForEach {
            body = List.copyOf(body);
            concurrency = Math.max(1, concurrency);
        }
    }

    record Delay(Duration duration) implements StepType {}

    record RunWorkflow(String workflow, Map<String, String> variables) implements StepType {
        public RunWorkflow {
            variables = variables == null ? Map.of() : Map.copyOf(variables);
        }
    }

    record Notify(String title, String message) implements StepType {}

    record Approval(String message) implements StepType {}

    /** An executable with arguments, started directly: never through a shell interpreter. */
    record Shell(String executable, List<String> args) implements StepType {
        public Shell {
            args = args == null ? List.of() : List.copyOf(args);
        }
    }
}
