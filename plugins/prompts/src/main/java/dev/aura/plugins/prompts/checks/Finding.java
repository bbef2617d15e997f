package dev.aura.plugins.prompts.checks;

import java.util.List;

/**
 * One prompt-check finding. {@code where} names the variant label, "system" or a test's name; {@code line} is
 * 1-based (0 when not about a line); {@code excerpt} is the text it is about; {@code args} fill the kind's message.
 * The UI shows {@code checks.<kind>.title} and {@code checks.<kind>.explain} from the bundle, formatted with args.
 */
public record Finding(Kind kind, Severity severity, String where, int line, String excerpt, List<String> args) {
    public Finding {
        args = List.copyOf(args);
    }

    public enum Severity { HIGH, MEDIUM, LOW }

    public enum Kind {
        /** a user-controlled variable comes before the instructions, so it can override them */
        VARIABLE_BEFORE_INSTRUCTIONS,
        /** untrusted input is pasted without delimiters (quotes, tags, fences) around it */
        UNDELIMITED_INPUT,
        /** something that looks like a key, token or password is written into the template */
        SECRET_IN_TEMPLATE,
        /** a test's input contains a known injection phrase ("ignore previous instructions"...) */
        INJECTION_IN_TEST_INPUT
    }

    public String titleKey() {
        return "checks." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".title";
    }

    /** {@code checks.severity.high}, {@code .medium} or {@code .low}. */
    public String severityKey() {
        return "checks.severity." + severity.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String explainKey() {
        return "checks." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".explain";
    }
}
