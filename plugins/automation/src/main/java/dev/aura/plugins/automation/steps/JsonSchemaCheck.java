package dev.aura.plugins.automation.steps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks a prompt step's JSON answer against the JSON schema written in the step (draft 7 unless it says otherwise). */
final class JsonSchemaCheck {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonSchemaCheck() {}

    /** @return null when the value matches, otherwise what does not match */
    static String problems(String schemaText, Object value) {
        JsonNode schema;
        try {
            schema = MAPPER.readTree(schemaText);
        } catch (JsonProcessingException e) {
            throw new StepFailure("The step's JSON schema is not valid JSON: " + e.getOriginalMessage()
                    + ". Fix the schema in the step.", e);
        }
        JsonSchema compiled;
        try {
            SpecVersion.VersionFlag version = schema.has("$schema") ? SpecVersionDetector.detect(schema)
                    : SpecVersion.VersionFlag.V7;
            compiled = JsonSchemaFactory.getInstance(version).getSchema(schema);
        } catch (RuntimeException e) {
            throw new StepFailure("The step's JSON schema cannot be used: " + e.getMessage() + ". Fix the schema.", e);
        }
        Set<ValidationMessage> messages = compiled.validate(MAPPER.valueToTree(value));
        return messages.isEmpty() ? null
                : messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; "));
    }
}
