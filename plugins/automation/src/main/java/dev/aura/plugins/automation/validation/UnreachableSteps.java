package dev.aura.plugins.automation.validation;

import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Steps that can never run: the branch a condition with a constant expression ({@code true}, {@code false}, or the
 * same in {@code {{ }}}) never takes, and the body of a for-each over a literal empty list. Steps in a list otherwise
 * all run in order (an on-error jump only skips ahead when a step fails), so these are the dead ones.
 */
final class UnreachableSteps {
    private UnreachableSteps() {}

    static List<Problem> find(List<Step> steps) {
        List<Problem> problems = new ArrayList<>();
        collect(steps, problems);
        return problems;
    }

    private static void collect(List<Step> steps, List<Problem> problems) {
        for (Step step : steps) {
            switch (step.type()) {
                case StepType.Condition c -> {
                    String constant = constant(c.expression());
                    if ("true".equals(constant) && !c.otherwise().isEmpty()) {
                        problems.add(new Problem(step.id(), "its condition is always true, so its else steps ("
                                + ids(c.otherwise()) + ") never run. Use a real condition or remove those steps."));
                    } else if ("false".equals(constant) && !c.then().isEmpty()) {
                        problems.add(new Problem(step.id(), "its condition is always false, so its then steps ("
                                + ids(c.then()) + ") never run. Use a real condition or remove those steps."));
                    }
                    collect(c.then(), problems);
                    collect(c.otherwise(), problems);
                }
                case StepType.ForEach f -> {
                    if ("[]".equals(constant(f.items())) && !f.body().isEmpty()) {
                        problems.add(new Problem(step.id(), "it goes over an empty list, so its steps ("
                                + ids(f.body()) + ") never run. Give it the list to go over ('items')."));
                    }
                    collect(f.body(), problems);
                }
                default -> { }
            }
        }
    }

    /** The expression without {@code {{ }}} and spaces, lower case; null when blank. */
    private static String constant(String expression) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        String text = expression.strip();
        if (text.startsWith("{{") && text.endsWith("}}")) {
            text = text.substring(2, text.length() - 2);
        }
        return text.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static String ids(List<Step> steps) {
        return String.join(", ", steps.stream().map(Step::id).toList());
    }
}
