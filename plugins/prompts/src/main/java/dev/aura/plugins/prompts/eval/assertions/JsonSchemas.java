package dev.aura.plugins.prompts.eval.assertions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The optional JSON schema of {@code is-json} and {@code contains-json}: an object, a boolean, or a string holding
 * YAML or JSON, as promptfoo reads it. Draft 7 unless the schema names its own {@code $schema}. Compiled schemas are
 * kept, since a run validates every output against the same few.
 */
final class JsonSchemas {
    private static final int MAX_CACHED = 256;
    private final Map<JsonNode, Validator> compiled = new ConcurrentHashMap<>();

    /** Validates one JSON value; the errors read "$.age: string found, integer expected". */
    interface Validator {
        /** @return null when valid, otherwise the errors joined as one sentence */
        String errors(JsonNode value);
    }

    /** Whether the spec carries a schema at all (promptfoo: not null, not empty). */
    static boolean hasSchema(AssertionSpec spec) {
        return spec.value() != null && !"".equals(spec.value());
    }

    Validator validator(AssertionSpec spec) {
        JsonNode schema = schemaTree(spec);
        Validator cached = compiled.get(schema);
        if (cached != null) {
            return cached;
        }
        Validator validator = compile(spec, schema);
        if (compiled.size() < MAX_CACHED) {
            compiled.put(schema, validator);
        }
        return validator;
    }

    private static JsonNode schemaTree(AssertionSpec spec) {
        Object value = spec.value();
        if (value instanceof String text) {
            try {
                JsonNode parsed = JsonSupport.YAML.readTree(text);
                if (parsed != null && (parsed.isObject() || parsed.isBoolean())) {
                    return parsed;
                }
            } catch (JsonProcessingException e) {
                throw invalid(spec, e.getOriginalMessage(), e);
            }
            throw invalid(spec, "the value is text that is neither a YAML nor a JSON object", null);
        }
        if (value instanceof Map<?, ?> || value instanceof Boolean) {
            return JsonSupport.toTree(value);
        }
        throw invalid(spec, "a schema must be an object, a boolean, or a string holding one", null);
    }

    private static Validator compile(AssertionSpec spec, JsonNode schema) {
        if (schema.isBoolean()) {
            boolean acceptsAll = schema.booleanValue();
            return value -> acceptsAll ? null : "boolean schema false accepts no value";
        }
        try {
            SpecVersion.VersionFlag version = schema.has("$schema")
                    ? SpecVersionDetector.detect(schema)
                    : SpecVersion.VersionFlag.V7;
            JsonSchema compiled = JsonSchemaFactory.getInstance(version).getSchema(schema);
            return value -> {
                Set<ValidationMessage> messages = compiled.validate(value);
                return messages.isEmpty() ? null
                        : messages.stream().map(ValidationMessage::getMessage).collect(Collectors.joining(", "));
            };
        } catch (RuntimeException e) {
            throw invalid(spec, e.getMessage(), e);
        }
    }

    private static AssertionConfigException invalid(AssertionSpec spec, String detail, Throwable cause) {
        return new AssertionConfigException("Invalid JSON schema in \"" + spec.displayType() + "\": " + detail
                + ". Give the value as a JSON schema object (for example {type: object, required: [name]})", cause);
    }
}
