package dev.aura.plugins.prompts.run;

import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.PromptTemplates;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A test merged with the config's defaultTest: its vars over the default ones, default asserts first. */
record TestCase(String description, Map<String, Object> vars, List<AssertionSpec> asserts, Double threshold) {

    static TestCase merge(TestDef defaults, TestDef test) {
        Map<String, Object> vars = new LinkedHashMap<>(defaults.vars());
        vars.putAll(test.vars());
        List<AssertionSpec> asserts = new ArrayList<>(defaults.asserts());
        asserts.addAll(test.asserts());
        Double threshold = test.threshold() != null ? test.threshold() : defaults.threshold();
        return new TestCase(test.description(), java.util.Collections.unmodifiableMap(vars), List.copyOf(asserts),
                threshold);
    }

    /** Assertion values written as templates ("contains: '{{ city }}'") rendered with the test's vars. */
    List<AssertionSpec> renderedAsserts(PromptTemplates templates) {
        return asserts.stream()
                .map(a -> new AssertionSpec(a.type(), a.negated(), render(a.value(), templates), a.threshold(),
                        a.weight(), a.metric()))
                .toList();
    }

    private Object render(Object value, PromptTemplates templates) {
        if (value instanceof String s) {
            return s.contains("{{") || s.contains("{%") ? templates.render(s, vars) : s;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> render(v, templates)).toList();
        }
        return value;
    }
}
