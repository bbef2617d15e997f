package dev.aura.plugins.prompts.store;

import java.util.Locale;
import java.util.regex.Pattern;

/** The one spelling of a label name: trimmed, lower-case, 1 to 40 of a-z, 0-9, '.', '_' and '-'. */
final class LabelNames {
    private static final Pattern VALID = Pattern.compile("[a-z0-9._-]{1,40}");

    private LabelNames() {}

    /** @throws IllegalArgumentException with the rule, when the name cannot be a label */
    static String normalize(String name) {
        String normalized = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!VALID.matcher(normalized).matches()) {
            throw new IllegalArgumentException("'" + (name == null ? "" : name.strip()) + "' cannot be a label name. "
                    + "Use 1 to 40 lower-case letters a-z, digits, dots, underscores or hyphens, such as "
                    + "'production', 'staging' or 'v2-candidate'.");
        }
        return normalized;
    }
}
