package dev.aura.plugins.prompts.eval.javascript;

import dev.aura.plugins.prompts.eval.AssertionConfigException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.ScriptRuntime;

/**
 * Runs assertion scripts as {@code function (output, context)} in Rhino with no way out: only the safe standard
 * objects (no {@code java}, {@code Packages}, {@code load} or {@code print}), no Java class at all, interpreted with a
 * time limit, and {@code repeat}/{@code padStart}/{@code padEnd}/{@code join} refusing to build giant strings.
 * Compiled scripts are cached per source and shared between threads; every run gets its own context and global
 * scope on the calling thread, so runs never see each other's globals.
 */
final class JavaScriptSandbox {
    static final String SOURCE_NAME = "javascript assertion";
    private static final int MAX_CACHED_SCRIPTS = 512;
    private static final String STRING_LIMITS = """
            (function (max) {
              function guard(length) {
                if (length > max) {
                  throw new RangeError('A string of ' + length + ' characters is over the limit of ' + max
                      + ' characters in javascript assertions');
                }
              }
              function replace(proto, name, guarded) {
                Object.defineProperty(proto, name, { value: guarded, writable: true, configurable: true });
              }
              var repeat = String.prototype.repeat, padStart = String.prototype.padStart,
                  padEnd = String.prototype.padEnd, join = Array.prototype.join;
              replace(String.prototype, 'repeat', function (count) {
                guard(String(this).length * Number(count)); return repeat.call(this, count);
              });
              replace(String.prototype, 'padStart', function (length, fill) {
                guard(Number(length)); return padStart.call(this, length, fill);
              });
              replace(String.prototype, 'padEnd', function (length, fill) {
                guard(Number(length)); return padEnd.call(this, length, fill);
              });
              replace(Array.prototype, 'join', function (separator) {
                guard(Number(this.length) * (separator === undefined ? 1 : String(separator).length));
                return join.call(this, separator);
              });
            })""";
    // promptfoo awaits the result; a script's promise (or any thenable) is settled the same way.
    private static final String SETTLE = """
            (function (value) {
              var box = { settled: false, failed: false };
              Promise.resolve(value).then(
                  function (result) { box.settled = true; box.value = result; },
                  function (error) { box.settled = true; box.failed = true; box.error = error; });
              return box;
            })""";

    private final SandboxContextFactory contexts = new SandboxContextFactory();
    private final Map<String, Script> compiled = new ConcurrentHashMap<>();
    private final Script stringLimits;
    private final Script settle;
    private final long timeLimitMillis;
    private final int maxStringLength;

    JavaScriptSandbox(Duration timeLimit, int maxStringLength) {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The javascript assertion time limit must be positive");
        }
        if (maxStringLength <= 0) {
            throw new IllegalArgumentException("The javascript assertion string limit must be positive");
        }
        this.timeLimitMillis = timeLimit.toMillis();
        this.maxStringLength = maxStringLength;
        try (Context context = contexts.enterContext()) {
            this.stringLimits = context.compileString(STRING_LIMITS, "string limits", 1, null);
            this.settle = context.compileString(SETTLE, "settle", 1, null);
        }
    }

    /**
     * Compiles {@code body} (or takes it from the cache) and calls it with {@code output} and {@code argument}.
     *
     * @throws AssertionConfigException when the body does not compile
     * @throws ScriptFailure            when the script throws or hits a sandbox limit, the time limit included
     */
    ScriptResult run(String body, String output, Map<String, Object> argument) {
        Script script = compile(body);
        try (Context context = contexts.enterContext()) {
            ScriptableObject scope = context.initSafeStandardObjects();
            Function limits = (Function) stringLimits.exec(context, scope);
            limits.call(context, scope, scope, new Object[] {(double) maxStringLength});
            SandboxContextFactory.startClock(context, timeLimitMillis);
            Function function = (Function) script.exec(context, scope);
            Object result = function.call(context, scope, scope,
                    new Object[] {output, JsValues.toJs(context, scope, argument)});
            return JsValues.result(isThenable(result) ? settled(context, scope, result) : result);
        } catch (SandboxContextFactory.ScriptTimeoutError timeout) {
            throw new ScriptFailure(timeout.getMessage()
                    + ". Make the script finish sooner (is there an endless loop?) or raise the time limit", "");
        } catch (RhinoException error) {
            throw failure(error);
        }
    }

    private static boolean isThenable(Object value) {
        return value instanceof Scriptable object && ScriptableObject.getProperty(object, "then") instanceof Function;
    }

    private Object settled(Context context, Scriptable scope, Object promise) {
        Function settler = (Function) settle.exec(context, scope);
        Scriptable box = (Scriptable) settler.call(context, scope, scope, new Object[] {promise});
        context.processMicrotasks();
        if (!Boolean.TRUE.equals(ScriptableObject.getProperty(box, "settled"))) {
            throw new ScriptFailure("The promise returned by the javascript assertion never settled. Resolve it"
                    + " with the result, or return the result directly", "");
        }
        if (Boolean.TRUE.equals(ScriptableObject.getProperty(box, "failed"))) {
            throw new JavaScriptException(ScriptableObject.getProperty(box, "error"), SOURCE_NAME, 0);
        }
        return ScriptableObject.getProperty(box, "value");
    }

    private Script compile(String body) {
        Script script = compiled.get(body);
        if (script != null) {
            return script;
        }
        if (compiled.size() >= MAX_CACHED_SCRIPTS) {
            compiled.clear();
        }
        return compiled.computeIfAbsent(body, JavaScriptSandbox.this::compileNow);
    }

    private Script compileNow(String body) {
        // The header shares the first line with the body, so error line numbers match the user's script.
        String source = "(function (output, context) {" + body + "\n})";
        try (Context context = contexts.enterContext()) {
            return context.compileString(source, SOURCE_NAME, 1, null);
        } catch (EvaluatorException error) {
            // An error found at the closing "})" belongs to the end of the user's script.
            int line = Math.min(error.lineNumber(), (int) body.lines().count());
            throw new AssertionConfigException("The javascript assertion does not compile: " + error.details()
                    + " (line " + line + "). Fix the script; a single line is an expression, several"
                    + " lines are a function body that returns the result", error);
        }
    }

    private static ScriptFailure failure(RhinoException error) {
        String name = "Error";
        String message = error.details();
        if (error instanceof EcmaError ecma) {
            name = ecma.getName();
            message = ecma.getErrorMessage();
        } else if (error instanceof JavaScriptException thrown && thrown.getValue() instanceof Scriptable value
                && ScriptableObject.getProperty(value, "message") instanceof CharSequence text) {
            message = text.toString();
            Object errorName = ScriptableObject.getProperty(value, "name");
            name = errorName instanceof CharSequence text2 ? text2.toString() : name;
        } else if (error instanceof JavaScriptException thrown) {
            // `throw 'text'` has no message property; show the thrown value itself.
            message = ScriptRuntime.toString(thrown.getValue());
        }
        String stack = error.getScriptStackTrace().strip();
        return new ScriptFailure(message, name + ": " + message + (stack.isEmpty() ? "" : "\n    " + stack));
    }
}
