package dev.aura.plugins.prompts.eval.template;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import java.util.ArrayList;
import java.util.Map;

/** A map's entries, so {@code {% for key, value in object %}} walks an object as Nunjucks does; other values pass. */
public final class PairsFilter implements Filter {
    @Override
    public String getName() {
        return NunjucksSyntax.PAIRS_FILTER;
    }

    @Override
    public Object filter(Object value, JinjavaInterpreter interpreter, String... args) {
        if (value instanceof Map<?, ?> map) {
            return new ArrayList<>(map.entrySet());
        }
        return value;
    }
}
