package dev.aura.plugins.prompts.promptfoo;

import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a {@link PromptfooConfig} as a self-contained config promptfoo can run: everything inline, providers by id. */
public final class PromptfooConfigWriter {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build();

    public void write(PromptfooConfig config, Path file) {
        try {
            YAML.writeValue(file.toFile(), toTree(config));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the promptfoo config to " + file + ": " + e.getMessage(), e);
        }
    }

    public String toYaml(PromptfooConfig config) {
        try {
            return YAML.writeValueAsString(toTree(config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> toTree(PromptfooConfig config) {
        Map<String, Object> root = new LinkedHashMap<>();
        putIfPresent(root, "description", config.description());
        List<Object> prompts = new ArrayList<>();
        for (PromptDef p : config.prompts()) {
            prompts.add(p.label().equals(p.template()) ? p.template() : ordered("raw", p.template(), "label", p.label()));
        }
        root.put("prompts", prompts);
        List<Object> providers = new ArrayList<>();
        for (ProviderDef p : config.providers()) {
            if (p.label() == null && p.config().isEmpty()) {
                providers.add(p.id());
            } else {
                Map<String, Object> object = ordered("id", p.id(), "label", p.label());
                if (!p.config().isEmpty()) {
                    object.put("config", p.config());
                }
                providers.add(object);
            }
        }
        root.put("providers", providers);
        if (!config.defaultTest().equals(TestDef.empty())) {
            root.put("defaultTest", test(config.defaultTest()));
        }
        root.put("tests", config.tests().stream().map(PromptfooConfigWriter::test).toList());
        return root;
    }

    private static Map<String, Object> test(TestDef test) {
        Map<String, Object> out = new LinkedHashMap<>();
        putIfPresent(out, "description", test.description());
        if (!test.vars().isEmpty()) {
            out.put("vars", test.vars());
        }
        if (!test.asserts().isEmpty()) {
            out.put("assert", test.asserts().stream().map(PromptfooConfigWriter::assertion).toList());
        }
        putIfPresent(out, "threshold", test.threshold());
        return out;
    }

    private static Map<String, Object> assertion(AssertionSpec spec) {
        Map<String, Object> out = ordered("type", spec.displayType(), "value", spec.value());
        putIfPresent(out, "threshold", spec.threshold());
        if (spec.weight() != 1) {
            out.put("weight", spec.weight());
        }
        putIfPresent(out, "metric", spec.metric());
        return out;
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> out = new LinkedHashMap<>();
        putIfPresent(out, k1, v1);
        putIfPresent(out, k2, v2);
        return out;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
