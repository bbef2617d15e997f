package dev.aura.plugins.automation.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.aura.plugins.automation.engine.RunRecord;
import java.util.Map;

/** What a finished run printed: its last step's text when it has one, else that step's output as JSON. */
final class FinalOutput {
    private FinalOutput() {}

    static String of(RunRecord record) {
        if (record.steps().isEmpty()) {
            return "";
        }
        Map<String, Object> output = record.steps().getLast().output();
        if (output == null || output.isEmpty()) {
            return "";
        }
        if (output.get("text") instanceof String text) {
            return text;
        }
        try {
            return RunJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(output);
        } catch (JsonProcessingException e) {
            return String.valueOf(output);
        }
    }
}
