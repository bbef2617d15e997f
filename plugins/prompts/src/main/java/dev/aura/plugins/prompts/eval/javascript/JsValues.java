package dev.aura.plugins.prompts.eval.javascript;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.ScriptRuntime;

/**
 * Copies plain Java values (as parsed from YAML or JSON) into plain JavaScript ones, and reads a script's result
 * back. Nothing is wrapped: scripts never see a Java object, only strings, numbers, booleans, arrays and objects.
 */
final class JsValues {
    private JsValues() {
    }

    static Object toJs(Context context, Scriptable scope, Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            Scriptable object = context.newObject(scope);
            map.forEach((key, item) -> ScriptableObject.putProperty(object, String.valueOf(key),
                    toJs(context, scope, item)));
            return object;
        }
        if (value instanceof Collection<?> items) {
            return context.newArray(scope, items.stream().map(item -> toJs(context, scope, item)).toArray());
        }
        if (value instanceof Object[] items) {
            return toJs(context, scope, Arrays.asList(items));
        }
        return value.toString();
    }

    /** The script's return value as a verdict, a score, a grading object, or unusable with its {@code typeof}. */
    static ScriptResult result(Object value) {
        if (value instanceof Boolean pass) {
            return new ScriptResult.Verdict(pass);
        }
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return new ScriptResult.Score(number.doubleValue());
        }
        if (value instanceof Scriptable object && !(value instanceof Function)) {
            // promptfoo's isGradingResult: a boolean pass, a finite numeric score and a string reason.
            Object pass = ScriptableObject.getProperty(object, "pass");
            Object score = ScriptableObject.getProperty(object, "score");
            Object reason = ScriptableObject.getProperty(object, "reason");
            if (pass instanceof Boolean verdict && score instanceof Number number
                    && Double.isFinite(number.doubleValue()) && reason instanceof CharSequence text) {
                return new ScriptResult.Graded(verdict, number.doubleValue(), text.toString());
            }
        }
        return new ScriptResult.Unusable(ScriptRuntime.typeof(value));
    }
}
