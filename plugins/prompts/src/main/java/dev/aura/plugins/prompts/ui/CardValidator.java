package dev.aura.plugins.prompts.ui;

import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.DefaultGrader;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What must hold before a card is saved, each problem keyed by the field it is about ("title", "variants",
 * "test.2.assert.0", "default.assert.1") so the editor shows it next to that field.
 */
final class CardValidator {
    private static final DefaultGrader ENGINE = DefaultGrader.deterministic();
    private static final GradingContext DRY_RUN = new GradingContext("{}", Map.of(), "", "model", 0L, 0.0);

    private final Messages messages;

    CardValidator(Messages messages) {
        this.messages = messages;
    }

    static String testKey(int testIndex) {
        return testIndex < 0 ? "default" : "test." + testIndex;
    }

    static String assertKey(int testIndex, int assertIndex) {
        return testKey(testIndex) + ".assert." + assertIndex;
    }

    Map<String, String> validate(CardContent content) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (content.title().isBlank()) {
            problems.put("title", messages.text("cards.validate.title"));
        }
        if (content.variants().isEmpty()) {
            problems.put("variants", messages.text("cards.validate.variants"));
        }
        check(-1, content.defaultTest(), problems);
        for (int i = 0; i < content.tests().size(); i++) {
            check(i, content.tests().get(i), problems);
        }
        return problems;
    }

    private void check(int testIndex, TestDef test, Map<String, String> problems) {
        if (test.vars().keySet().stream().anyMatch(String::isBlank)) {
            problems.put(testKey(testIndex) + ".vars", messages.text("cards.validate.varName"));
        }
        List<AssertionSpec> asserts = test.asserts();
        for (int j = 0; j < asserts.size(); j++) {
            String problem = problem(asserts.get(j));
            if (problem != null) {
                problems.put(assertKey(testIndex, j), problem);
            }
        }
    }

    /** The first thing wrong with one assertion, or null. */
    String problem(AssertionSpec spec) {
        String type = spec.type();
        String text = AssertionTypes.toText(spec.value());
        if (!AssertionTypes.BASE.contains(type)) {
            return messages.text("cards.validate.type", spec.displayType());
        }
        if (AssertionTypes.needsValue(type) && text.isBlank()) {
            return messages.text("cards.validate.value", spec.displayType());
        }
        boolean metricOnly = spec.metric() != null && !spec.metric().isBlank();
        if (AssertionTypes.needsThreshold(type) && spec.threshold() == null && !metricOnly) {
            return messages.text("cards.validate.threshold", spec.displayType());
        }
        if (type.equals("levenshtein") && spec.threshold() == null) {
            return messages.text("cards.validate.threshold", spec.displayType());
        }
        if (type.equals("word-count") && !(spec.value() instanceof Number) && !(spec.value() instanceof Map)) {
            return messages.text("cards.validate.wordCount");
        }
        if (type.equals("regex")) {
            try {
                Pattern.compile(text);
            } catch (PatternSyntaxException e) {
                return messages.text("cards.validate.regex", e.getDescription());
            }
        }
        if ((type.equals("is-json") || type.equals("contains-json")) && spec.value() instanceof String s
                && s.strip().startsWith("{")) {
            return messages.text("cards.validate.json");
        }
        if (ENGINE.knownTypes().contains(type)) {
            try {
                ENGINE.gradeOne(spec, DRY_RUN);
            } catch (AssertionConfigException e) {
                return type.equals("is-json") || type.equals("contains-json")
                        ? messages.text("cards.validate.schema", e.getMessage()) : e.getMessage();
            } catch (RuntimeException e) {
                return null; // the value is well formed; grading a dry run is not the point here
            }
        }
        return null;
    }
}
