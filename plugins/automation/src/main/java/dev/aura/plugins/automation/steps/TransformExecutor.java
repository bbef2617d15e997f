package dev.aura.plugins.automation.steps;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import dev.aura.plugins.automation.model.StepType;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders a template, or reads a JSONPath from an earlier step's JSON. Output: {@code text} and {@code json}. */
public final class TransformExecutor implements StepExecutor<StepType.Transform> {
    private static final Configuration JSON = Configuration.builder()
            .jsonProvider(new JacksonJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .build();

    private final StepTemplates templates;

    public TransformExecutor(StepTemplates templates) {
        this.templates = templates;
    }

    @Override
    public StepResult execute(StepType.Transform step, RunContext context) {
        Map<String, Object> output = new LinkedHashMap<>();
        if (step.jsonPath() != null && !step.jsonPath().isBlank()) {
            Object source = jsonOf(step.source(), context);
            Object value = read(source, step.jsonPath(), step.source());
            output.put("json", value);
            output.put("text", value instanceof String s ? s : JsonValues.write(value));
            return new StepResult(Map.of("source", step.source(), "jsonPath", step.jsonPath()), output);
        }
        String text = templates.render(step.template() == null ? "" : step.template(), context.scope());
        output.put("text", text);
        JsonValues.parse(text).ifPresent(json -> output.put("json", json));
        return new StepResult(Map.of("template", text), output);
    }

    private static Object jsonOf(String stepId, RunContext context) {
        if (stepId == null) {
            throw new StepFailure("A JSONPath transform needs a source step. Set 'source' to the id of an earlier step.");
        }
        Map<String, Object> output = context.output(stepId);
        if (output == null) {
            throw new StepFailure("The transform reads step '" + stepId + "', which has not run. Use an earlier step id.");
        }
        Object json = output.get("json");
        if (json == null) {
            throw new StepFailure("Step '" + stepId + "' produced no JSON to read. Make it return JSON first.");
        }
        return json;
    }

    private static Object read(Object source, String path, String stepId) {
        try {
            return JsonPath.using(JSON).parse(source).read(path);
        } catch (PathNotFoundException e) {
            throw new StepFailure("The JSONPath " + path + " found nothing in the output of step '" + stepId
                    + "'. Check the path against that output.", e);
        } catch (InvalidPathException e) {
            throw new StepFailure("The JSONPath " + path + " is not valid: " + e.getMessage() + ". Fix the path.", e);
        }
    }
}
