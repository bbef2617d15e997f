package dev.aura.plugins.prompts.eval.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.DefaultGrader;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Scripts reach nothing outside their sandbox, cannot run forever, and runs on many threads stay apart. */
class JavaScriptSandboxTest {
    private static final DefaultGrader GRADER = DefaultGrader.deterministic()
            .with(new JavaScriptAssertion(Duration.ofSeconds(1), 1_000));

    private static GradingResult grade(String script) {
        return GRADER.gradeOne(AssertionSpec.of("javascript", script), context("output"));
    }

    private static GradingContext context(String output) {
        return new GradingContext(output, Map.of(), "prompt", "llama3", null, null);
    }

    @Test
    void javaPackagesAreNotDefined() {
        assertThat(grade("java.lang.System.exit(0)").reason()).contains("ReferenceError").contains("java");
        assertThat(grade("Packages.java.io.File").reason()).contains("ReferenceError").contains("Packages");
        assertThat(grade("typeof java === 'undefined' && typeof Packages === 'undefined'").pass()).isTrue();
    }

    @Test
    void theGlobalObjectHasNoJavaClass() {
        GradingResult result = grade("this.getClass()");

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).startsWith("Custom function threw error: ").contains("TypeError");
    }

    @Test
    void shellFunctionsAreNotDefined() {
        assertThat(grade("load('x')").reason()).contains("ReferenceError").contains("load");
        assertThat(grade("print('x')").reason()).contains("ReferenceError").contains("print");
        assertThat(grade("typeof importPackage === 'undefined' && typeof JavaImporter === 'undefined'"
                + " && typeof getClass === 'undefined'").pass()).isTrue();
    }

    @Test
    void noJavaObjectIsReachableThroughTheArguments() {
        assertThat(grade("typeof output === 'string'").pass()).isTrue();
        assertThat(grade("Object.getPrototypeOf(context) === Object.prototype").pass()).isTrue();
        assertThat(grade("output.getClass === undefined && output.constructor === String").pass()).isTrue();
    }

    @Test
    void caughtErrorsCarryNoJavaException() {
        String script = """
                try {
                  null.x;
                } catch (e) {
                  return e instanceof TypeError && e.javaException === undefined && e.rhinoException === undefined;
                }
                """;

        assertThat(grade(script).pass()).isTrue();
    }

    @Test
    void anEndlessLoopIsStoppedByTheTimeLimit() {
        GradingResult result = grade("while (true) {}\nreturn true");

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).startsWith("javascript assertion timed out after 1000 ms. Make the script finish");
    }

    @Test
    void theTimeoutCannotBeCaughtByTheScript() {
        String script = """
                for (;;) {
                  try { while (true) {} } catch (e) { }
                }
                """;

        assertThat(grade(script).reason()).startsWith("javascript assertion timed out after 1000 ms");
    }

    @Test
    void loopsInsideCallbacksAndFinallyBlocksAreStoppedToo() {
        assertThat(grade("[1, 2].forEach(() => { while (true) {} })").reason())
                .startsWith("javascript assertion timed out after 1000 ms");
        assertThat(grade("(() => { try { while (true) {} } finally { while (true) {} } })()").reason())
                .startsWith("javascript assertion timed out after 1000 ms");
    }

    @Test
    void theDefaultTimeLimitIsOneSecond() {
        GradingResult result = DefaultGrader.deterministic().with(new JavaScriptAssertion())
                .gradeOne(AssertionSpec.of("javascript", "while (true) {}\nreturn true"), context("x"));

        assertThat(result.reason()).startsWith("javascript assertion timed out after 1000 ms");
    }

    @Test
    void deepRecursionFailsInsteadOfOverflowingTheJavaStack() {
        GradingResult result = grade("const f = n => f(n + 1); f(0)");

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).startsWith("Custom function threw error: ");
    }

    @Test
    void giantStringsAreRefused() {
        assertThat(grade("'ab'.repeat(501).length").reason()).contains("RangeError")
                .contains("over the limit of 1000 characters");
        assertThat(grade("''.padStart(2000, 'x')").reason()).contains("over the limit of 1000 characters");
        assertThat(grade("new Array(5000).join('-')").reason()).contains("over the limit of 1000 characters");
        assertThat(grade("'ab'.repeat(500).length === 1000 && 'a'.padEnd(3, 'b') === 'abb'"
                + " && [1, 2].join() === '1,2'").pass()).isTrue();
    }

    @Test
    void globalsSetByOneRunAreNotSeenByTheNext() {
        assertThat(grade("leaked = 1; true").pass()).isTrue();
        assertThat(grade("typeof leaked === 'undefined'").pass()).isTrue();
    }

    @Test
    void parallelRunsOfTheSameScriptGradeTheirOwnOutputs() throws Exception {
        String script = """
                let total = 0;
                for (let i = 0; i < 2000; i++) { total += i % 3; }
                globalThis.mine = output;
                return total > 0 && globalThis.mine === output && output === 'run-' + context.vars.n;
                """;
        // a generous limit: this is about isolation, and a loaded CI machine must not turn it into a timeout
        DefaultGrader grader = DefaultGrader.deterministic().with(new JavaScriptAssertion(Duration.ofSeconds(30)));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<GradingResult>> results = IntStream.range(0, 40)
                    .mapToObj(n -> pool.submit(() -> grader.gradeOne(AssertionSpec.of("javascript", script),
                            new GradingContext("run-" + n, Map.of("n", n), "p", "m", null, null))))
                    .toList();
            for (Future<GradingResult> result : results) {
                assertThat(result.get().reason()).isEqualTo("Assertion passed");
            }
        }
    }
}
