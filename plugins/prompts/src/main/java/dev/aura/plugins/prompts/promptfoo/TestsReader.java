package dev.aura.plugins.prompts.promptfoo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads promptfoo's {@code tests} and {@code defaultTest}: inline lists, CSV and YAML files, globs, vars from files. */
final class TestsReader {
    private static final Set<String> TEST_FIELDS = Set.of("description", "vars", "assert", "threshold");
    private static final Set<String> ASSERT_FIELDS = Set.of("type", "value", "threshold", "weight", "metric");
    private static final Set<String> VAR_FILE_TEXT = Set.of("txt", "md", "json", "yaml", "yml", "csv", "xml", "html", "");

    private final ImportContext ctx;

    TestsReader(ImportContext ctx) {
        this.ctx = ctx;
    }

    List<TestDef> read(JsonNode node, String path) {
        List<TestDef> tests = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return tests;
        }
        if (node.isTextual()) {
            tests.addAll(fromRef(node.asText(), path));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode entry = node.get(i);
                String at = path + "[" + i + "]";
                if (entry.isTextual()) {
                    tests.addAll(fromRef(entry.asText(), at));
                } else {
                    tests.add(test(entry, at));
                }
            }
        } else {
            throw ctx.invalid(path, "expected a list of tests or a file:// path to a CSV or YAML file.");
        }
        return tests;
    }

    private List<TestDef> fromRef(String ref, String path) {
        List<TestDef> tests = new ArrayList<>();
        for (Path file : ctx.files.resolve(ConfigFiles.FILE_PREFIX + ConfigFiles.stripPrefix(ref), path)) {
            String extension = PromptsReader.extension(file.getFileName().toString());
            ImportContext inFile = ctx.in(file);
            String where = ctx.files.relativize(file).toString().replace('\\', '/');
            if (extension.equals("csv")) {
                for (CsvTests.Row row : new CsvTests(inFile).read(file, path)) {
                    tests.add(new TestDef(row.description(), loadVars(row.vars(), where), row.asserts(), row.threshold()));
                }
            } else if (extension.equals("yaml") || extension.equals("yml") || extension.equals("json")) {
                JsonNode root = ctx.files.readYaml(file, path);
                TestsReader nested = new TestsReader(inFile);
                if (root.isObject()) {
                    tests.add(nested.test(root, where));
                } else {
                    tests.addAll(nested.read(root, where));
                }
            } else {
                ctx.warn(path, "test file '" + where + "' is not CSV or YAML and was not imported;"
                        + " test generators (.js, .py) cannot run in Aura");
            }
        }
        return tests;
    }

    TestDef test(JsonNode node, String path) {
        if (node.isTextual() && ConfigFiles.isFileRef(node.asText())) {
            JsonNode root = ctx.files.readYaml(ctx.files.resolve(node.asText(), path).getFirst(), path);
            return test(root, path);
        }
        if (!node.isObject()) {
            throw ctx.invalid(path, "expected a test object with 'vars' and 'assert'.");
        }
        ctx.warnUnknownFields(node, path, TEST_FIELDS);
        String description = ctx.text(node.get("description"), path + ".description");
        Double threshold = ctx.number(node.get("threshold"), path + ".threshold");
        Map<String, Object> vars = new LinkedHashMap<>();
        JsonNode varsNode = node.get("vars");
        if (varsNode != null && !varsNode.isNull()) {
            if (varsNode.isTextual() && ConfigFiles.isFileRef(varsNode.asText())) {
                Path file = ctx.files.resolve(varsNode.asText(), path + ".vars").getFirst();
                varsNode = ctx.files.readYaml(file, path + ".vars");
            }
            if (!varsNode.isObject()) {
                throw ctx.invalid(path + ".vars", "expected a map of variable names to values.");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = varsNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                vars.put(e.getKey(), ImportContext.plain(e.getValue()));
            }
        }
        return new TestDef(description, loadVars(vars, path), asserts(node.get("assert"), path + ".assert"), threshold);
    }

    private List<AssertionSpec> asserts(JsonNode node, String path) {
        List<AssertionSpec> asserts = new ArrayList<>();
        if (node == null || node.isNull()) {
            return asserts;
        }
        if (!node.isArray()) {
            throw ctx.invalid(path, "expected a list of assertions such as '- type: contains'.");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            String at = path + "[" + i + "]";
            if (!entry.isObject() || entry.get("type") == null) {
                throw ctx.invalid(at, "an assertion needs a 'type' such as 'contains' or 'llm-rubric'.");
            }
            String type = entry.get("type").asText();
            if (type.equals("assert-set") || type.equals("select-best") || type.equals("max-score")) {
                ctx.warn(at, "assertion type '" + type + "' is not supported by Aura and was not imported");
                continue;
            }
            ctx.warnUnknownFields(entry, at, ASSERT_FIELDS);
            Double weight = ctx.number(entry.get("weight"), at + ".weight");
            if (weight != null && weight < 0) {
                throw ctx.invalid(at + ".weight", "a weight cannot be negative. Use 0 to report without counting.");
            }
            AssertionSpec spec = AssertionSpec.of(type, ImportContext.plain(entry.get("value")));
            asserts.add(new AssertionSpec(spec.type(), spec.negated(), spec.value(),
                    ctx.number(entry.get("threshold"), at + ".threshold"), weight == null ? 1 : weight,
                    ctx.text(entry.get("metric"), at + ".metric")));
        }
        return asserts;
    }

    /** promptfoo loads {@code file://} variable values; Aura keeps text files' contents and warns about the rest. */
    private Map<String, Object> loadVars(Map<String, Object> vars, String path) {
        Map<String, Object> loaded = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : vars.entrySet()) {
            Object value = e.getValue();
            String at = path + ".vars." + e.getKey();
            if (ConfigFiles.isFileRef(value)) {
                Path file = ctx.files.resolve((String) value, at).getFirst();
                String extension = PromptsReader.extension(file.getFileName().toString());
                if (VAR_FILE_TEXT.contains(extension)) {
                    value = ctx.files.readText(file, at);
                } else {
                    ctx.warn(at, "variable file '" + value + "' is not a text file; its path was kept as the value");
                }
            }
            loaded.put(e.getKey(), value);
        }
        return loaded;
    }
}
