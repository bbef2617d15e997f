package dev.aura.plugins.prompts.promptfoo;

import dev.aura.plugins.prompts.eval.AssertionSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One test case (or the {@code defaultTest}): variables, assertions and the optional pass threshold of the weighted score. */
public record TestDef(String description, Map<String, Object> vars, List<AssertionSpec> asserts, Double threshold) {
    public TestDef {
        // LinkedHashMap keeps the column/key order and allows null values (an empty YAML value)
        vars = vars == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(vars));
        asserts = asserts == null ? List.of() : List.copyOf(asserts);
    }

    public static TestDef empty() {
        return new TestDef(null, Map.of(), List.of(), null);
    }
}
