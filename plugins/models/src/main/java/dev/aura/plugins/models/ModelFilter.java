package dev.aura.plugins.models;

import dev.aura.core.ollama.InstalledModel;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/** The filter field: every word typed must appear in the name, family, parameter size or quantization. */
public final class ModelFilter {
    private ModelFilter() {}

    public static Predicate<InstalledModel> matching(String text) {
        String[] words = text == null ? new String[0] : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        String[] needed = Arrays.stream(words).filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (needed.length == 0) {
            return model -> true;
        }
        return model -> {
            String haystack = String.join(" ", model.name(), model.family(), model.parameterSize(), model.quantization())
                    .toLowerCase(Locale.ROOT);
            return Arrays.stream(needed).allMatch(haystack::contains);
        };
    }
}
