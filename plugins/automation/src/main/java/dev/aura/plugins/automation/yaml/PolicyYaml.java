package dev.aura.plugins.automation.yaml;

import dev.aura.plugins.automation.model.RunPolicy;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The workflow's run policy in YAML: {@code policy: {missed: run-once|skip, overlap: skip|queue|parallel}}. A key
 * left out takes the default (run-once, skip); the writer leaves the whole block out when both are the default.
 */
final class PolicyYaml {
    private PolicyYaml() {}

    static RunPolicy read(String file, Fields top) {
        YamlNode node = top.get("policy");
        if (node == null) {
            return RunPolicy.DEFAULT;
        }
        Fields f = new Fields(file, node, "'policy'");
        f.allowOnly(Set.of("missed", "overlap"));
        RunPolicy.MissedRuns missed = value(f, "missed", RunPolicy.MissedRuns.class, RunPolicy.DEFAULT.missed());
        RunPolicy.Overlap overlap = value(f, "overlap", RunPolicy.Overlap.class, RunPolicy.DEFAULT.overlap());
        return new RunPolicy(missed, overlap);
    }

    static Map<String, Object> write(RunPolicy policy) {
        if (policy.equals(RunPolicy.DEFAULT)) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("missed", name(policy.missed()));
        map.put("overlap", name(policy.overlap()));
        return map;
    }

    private static <E extends Enum<E>> E value(Fields f, String key, Class<E> type, E fallback) {
        String text = f.string(key);
        if (text == null) {
            return fallback;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (name(constant).equals(wanted)) {
                return constant;
            }
        }
        throw f.error(f.get(key), "'" + key + "' in 'policy' must be " + choices(type) + ", not '" + text + "'.");
    }

    /** RUN_ONCE is written run-once. */
    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String choices(Class<? extends Enum<?>> type) {
        Enum<?>[] constants = type.getEnumConstants();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < constants.length; i++) {
            if (i > 0) {
                text.append(i == constants.length - 1 ? " or " : ", ");
            }
            text.append(name(constants[i]));
        }
        return text.toString();
    }
}
