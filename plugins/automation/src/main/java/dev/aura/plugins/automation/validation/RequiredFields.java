package dev.aura.plugins.automation.validation;

import dev.aura.plugins.automation.model.FileOperation;
import dev.aura.plugins.automation.model.StepType;
import java.util.ArrayList;
import java.util.List;

/** The fields each step type cannot do without, as messages that say what to fill in. */
final class RequiredFields {
    private RequiredFields() {}

    static List<String> missing(StepType type) {
        List<String> missing = new ArrayList<>();
        switch (type) {
            case StepType.Prompt p -> {
                need(missing, p.model(), "a model ('model')");
                if (blank(p.template()) && blank(p.cardLabel())) {
                    missing.add("needs an inline template ('template') or a prompt card label ('card').");
                }
            }
            case StepType.Http h -> need(missing, h.url(), "a URL ('url')");
            case StepType.Files f -> {
                if (f.operation() == null) {
                    missing.add("needs an operation ('operation': read, write, append, list or move).");
                }
                need(missing, f.path(), "a path ('path')");
                if (f.operation() == FileOperation.MOVE) {
                    need(missing, f.target(), "a target path ('target') to move to");
                }
            }
            case StepType.Transform t -> {
                if (blank(t.template()) && blank(t.jsonPath())) {
                    missing.add("needs a template ('template') or a JSONPath ('jsonPath').");
                }
                if (!blank(t.jsonPath())) {
                    need(missing, t.source(), "the id of the step to read JSON from ('source')");
                }
            }
            case StepType.Condition c -> need(missing, c.expression(), "an expression ('if')");
            case StepType.ForEach f -> {
                need(missing, f.items(), "a list expression ('items')");
                if (f.body().isEmpty()) {
                    missing.add("needs at least one step in its body ('do').");
                }
            }
            case StepType.Delay d -> {
                if (d.duration() == null) {
                    missing.add("needs a duration ('duration', e.g. 30s or 5m).");
                }
            }
            case StepType.RunWorkflow r -> need(missing, r.workflow(), "the name of the workflow to run ('workflow')");
            case StepType.Notify n -> need(missing, n.message(), "a message ('message')");
            case StepType.Approval a -> need(missing, a.message(), "a message for the person approving ('message')");
            case StepType.Shell s -> need(missing, s.executable(), "an executable ('executable')");
        }
        return missing;
    }

    private static void need(List<String> missing, String value, String what) {
        if (blank(value)) {
            missing.add("needs " + what + ".");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
