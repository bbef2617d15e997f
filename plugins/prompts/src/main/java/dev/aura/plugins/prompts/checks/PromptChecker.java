package dev.aura.plugins.prompts.checks;

import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.PromptVariant;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Scans a card for injection-prone templates, each finding with where it is and why it matters: untrusted input
 * pasted without delimiters (worst when instructions follow it), keys or passwords written into a template, and test
 * inputs carrying known injection phrases. The system prompt comes first, then the variants in order, then the
 * default test and the tests. Pure text scanning with precompiled patterns, fast enough to run on every edit;
 * thread-safe.
 */
public final class PromptChecker {
    /** {@code where} of findings in the system prompt and in the default test. */
    public static final String SYSTEM = "system";
    public static final String DEFAULT_TEST = "defaultTest";

    private final InputPlacement placement = new InputPlacement();

    public List<Finding> check(CardContent content) {
        List<Finding> findings = new ArrayList<>();
        if (content.systemPrompt() != null) {
            checkTemplate(SYSTEM, content.systemPrompt(), findings);
        }
        for (PromptVariant variant : content.variants()) {
            checkTemplate(variant.label(), variant.template(), findings);
        }
        checkVars(DEFAULT_TEST, content.defaultTest(), findings);
        List<TestDef> tests = content.tests();
        for (int i = 0; i < tests.size(); i++) {
            TestDef test = tests.get(i);
            String name = test.description() == null || test.description().isBlank()
                    ? "test " + (i + 1) : test.description().strip();
            checkVars(name, test, findings);
        }
        return List.copyOf(findings);
    }

    private void checkTemplate(String where, String template, List<Finding> out) {
        List<Finding> found = new ArrayList<>(placement.check(where, template));
        for (SecretScanner.Secret secret : SecretScanner.scan(template)) {
            found.add(new Finding(Finding.Kind.SECRET_IN_TEMPLATE, secret.severity(), where,
                    TemplateText.lineOf(template, secret.offset()), secret.masked(), List.of(secret.label())));
        }
        found.sort(Comparator.comparingInt(Finding::line));
        out.addAll(found);
    }

    private static void checkVars(String where, TestDef test, List<Finding> out) {
        for (Map.Entry<String, Object> var : test.vars().entrySet()) {
            Finding finding = injection(where, var.getKey(), var.getValue());
            if (finding != null) {
                out.add(finding);
            }
        }
    }

    /** The first injection phrase in a variable's value, looking into nested lists and maps. */
    private static Finding injection(String where, String path, Object value) {
        if (value instanceof String text) {
            InjectionPhrases.Match match = InjectionPhrases.find(text);
            return match == null ? null : new Finding(Finding.Kind.INJECTION_IN_TEST_INPUT, Finding.Severity.LOW,
                    where, TemplateText.lineOf(text, match.offset()), TemplateText.lineExcerpt(text, match.offset()),
                    List.of(TemplateText.shorten(match.phrase()), path));
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Finding nested = injection(where, path + "." + entry.getKey(), entry.getValue());
                if (nested != null) {
                    return nested;
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Finding nested = injection(where, path + "[" + i + "]", list.get(i));
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
