package dev.aura.plugins.models;

import dev.aura.core.ollama.ModelDetails;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Facts derived from Ollama's answers that both the panel and the CLI show. */
public final class ModelFacts {
    private static final int LICENSE_LINES = 12;
    private static final int LICENSE_CHARS = 900;
    private static final Pattern PARAMETER_SIZE = Pattern.compile("(?i)^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([KMBT]?)");

    private ModelFacts() {}

    /** Ollama reports it as "&lt;architecture&gt;.context_length" in model_info. */
    public static OptionalLong contextLength(ModelDetails details) {
        Map<String, Object> info = details.modelInfo();
        if (info == null) {
            return OptionalLong.empty();
        }
        for (Map.Entry<String, Object> entry : info.entrySet()) {
            if (entry.getKey().endsWith(".context_length") && entry.getValue() instanceof Number n) {
                return OptionalLong.of(n.longValue());
            }
        }
        return OptionalLong.empty();
    }

    /** "3.2B" → 3.2e9, "567M" → 5.67e8: sorts parameter sizes by magnitude, not as text. Unknown → -1. */
    public static double parameterCount(String parameterSize) {
        if (parameterSize == null) {
            return -1;
        }
        Matcher m = PARAMETER_SIZE.matcher(parameterSize);
        if (!m.find()) {
            return -1;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> value * 1e3;
            case "M" -> value * 1e6;
            case "B" -> value * 1e9;
            case "T" -> value * 1e12;
            default -> value;
        };
    }

    /** The start of a license: licenses run to thousands of lines and the name is in the first few. */
    public static String licenseExcerpt(String license) {
        if (license == null || license.isBlank()) {
            return "";
        }
        String[] lines = license.strip().split("\\R", LICENSE_LINES + 1);
        String head = String.join("\n", Arrays.copyOf(lines, Math.min(lines.length, LICENSE_LINES)));
        boolean cut = lines.length > LICENSE_LINES;
        if (head.length() > LICENSE_CHARS) {
            head = head.substring(0, LICENSE_CHARS);
            cut = true;
        }
        return cut ? head.stripTrailing() + " …" : head;
    }

    /** "sha256:abcdef…" → "abcdef123456", the short id `ollama list` prints. */
    public static String shortDigest(String digest) {
        if (digest == null) {
            return "";
        }
        String hex = digest.startsWith("sha256:") ? digest.substring(7) : digest;
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }
}
