package dev.aura.plugins.prompts.eval.template;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;

/** Nunjucks' {@code dump} (and Jinja's {@code tojson}): the value as JSON, {@code dump(2)} indents by two spaces. */
public final class JsonFilter implements Filter {
    private final String name;

    public JsonFilter(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Object filter(Object value, JinjavaInterpreter interpreter, String... args) {
        int indent = 0;
        if (args.length > 0 && args[0] != null && !args[0].isBlank()) {
            try {
                indent = Math.min(10, Integer.parseInt(args[0].trim()));
            } catch (NumberFormatException e) {
                indent = 0; // JSON.stringify ignores a non-numeric indent too
            }
        }
        return JsonValues.write(value, indent);
    }
}
