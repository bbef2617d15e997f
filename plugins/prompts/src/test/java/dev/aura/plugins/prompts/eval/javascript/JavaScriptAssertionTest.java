package dev.aura.plugins.prompts.eval.javascript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.DefaultGrader;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;
import dev.aura.plugins.prompts.eval.TestGrade;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verdicts promptfoo's javascript assertion gives, graded through the real grader. */
class JavaScriptAssertionTest {
    private static final DefaultGrader GRADER = DefaultGrader.deterministic().with(new JavaScriptAssertion());

    private static GradingResult grade(String type, String script, String output) {
        return GRADER.gradeOne(AssertionSpec.of(type, script), context(output));
    }

    private static GradingContext context(String output) {
        return new GradingContext(output, Map.of("city", "Chiang Mai", "limits", Map.of("words", 3),
                "tags", List.of("a", "b")), "Describe Chiang Mai", "llama3", 420L, 0.002);
    }

    @Test
    void theGraderKnowsTheJavascriptType() {
        assertThat(GRADER.knownTypes()).contains("javascript", "contains");
    }

    @Test
    void singleLineExpressionsAreTheVerdict() {
        assertThat(grade("javascript", "output.includes('Mai')", "Chiang Mai is green").pass()).isTrue();
        assertThat(grade("javascript", "output.length < 50", "short").pass()).isTrue();
        assertThat(grade("javascript", "JSON.parse(output).ok === true", "{\"ok\": true}").pass()).isTrue();
        assertThat(grade("javascript", "JSON.parse(output).ok === true", "{\"ok\": false}").pass()).isFalse();
    }

    @Test
    void aFailedBooleanSaysWhatTheFunctionReturnedAndShowsTheScript() {
        GradingResult result = grade("javascript", "output.includes('x')\n", "abc");

        assertThat(result.pass()).isFalse();
        assertThat(result.score()).isZero();
        assertThat(result.reason()).isEqualTo("Custom function returned false\noutput.includes('x')");
    }

    @Test
    void aPassReadsAssertionPassed() {
        GradingResult result = grade("javascript", "true", "anything");

        assertThat(result.pass()).isTrue();
        assertThat(result.score()).isEqualTo(1);
        assertThat(result.reason()).isEqualTo("Assertion passed");
    }

    @Test
    void modernSyntaxWorks() {
        String script = "const words = output.split(' ').filter(w => w.length > 0);"
                + " `${words.length}` === '3'";

        assertThat(grade("javascript", script, "one two three").pass()).isTrue();
    }

    @Test
    void multiLineScriptsAreFunctionBodiesThatReturn() {
        String script = """
                const data = JSON.parse(output);
                if (!data.items) {
                  return false;
                }
                return data.items.length === 2;
                """;

        assertThat(grade("javascript", script, "{\"items\": [1, 2]}").pass()).isTrue();
        assertThat(grade("javascript", script, "{\"other\": 1}").pass()).isFalse();
    }

    @Test
    void aMultiLineScriptWithoutReturnFailsAsUndefined() {
        GradingResult result = grade("javascript", "output.length > 0\n&& true", "abc");

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).contains("must return a boolean, a finite number, or a GradingResult object")
                .contains("Got type undefined");
    }

    @Test
    void aNumberWithoutThresholdPassesWhenPositive() {
        GradingResult positive = grade("javascript", "output.length / 10", "abcde");
        GradingResult zero = grade("javascript", "0", "abcde");

        assertThat(positive.pass()).isTrue();
        assertThat(positive.score()).isEqualTo(0.5);
        assertThat(zero.pass()).isFalse();
        assertThat(zero.reason()).isEqualTo("Custom function returned false\n0");
    }

    @Test
    void aNumberWithThresholdPassesWhenItReachesIt() {
        AssertionSpec spec = AssertionSpec.of("javascript", "output.length / 10").withThreshold(0.5);

        assertThat(GRADER.gradeOne(spec, context("abcde")).pass()).isTrue();
        GradingResult below = GRADER.gradeOne(spec, context("abcd"));
        assertThat(below.pass()).isFalse();
        assertThat(below.score()).isEqualTo(0.4);
    }

    @Test
    void anObjectResultIsTakenAsTheGradingResult() {
        String script = "({ pass: output.startsWith('A'), score: 0.75, reason: 'starts with ' + output[0] })";

        GradingResult pass = grade("javascript", script, "Apple");
        GradingResult fail = grade("javascript", script, "Banana");

        assertThat(pass.pass()).isTrue();
        assertThat(pass.score()).isEqualTo(0.75);
        assertThat(pass.reason()).isEqualTo("starts with A");
        assertThat(fail.pass()).isFalse();
        assertThat(fail.reason()).isEqualTo("starts with B");
    }

    @Test
    void anObjectWithoutReasonIsNotAGradingResult() {
        GradingResult result = grade("javascript", "({ pass: true, score: 1 })", "x");

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).contains("Got type object");
    }

    @Test
    void theContextCarriesVarsPromptTestAndProvider() {
        assertThat(grade("javascript", "output.includes(context.vars.city)", "Chiang Mai!").pass()).isTrue();
        assertThat(grade("javascript", "context.vars.limits.words === 3 && context.vars.tags.length === 2", "x")
                .pass()).isTrue();
        assertThat(grade("javascript", "context.prompt === 'Describe Chiang Mai'", "x").pass()).isTrue();
        assertThat(grade("javascript", "context.test.vars.city === 'Chiang Mai'", "x").pass()).isTrue();
        assertThat(grade("javascript", "context.provider.id === 'llama3'", "x").pass()).isTrue();
        assertThat(grade("javascript", "context.providerResponse.latencyMs === 420"
                + " && context.providerResponse.cost === 0.002", "x").pass()).isTrue();
    }

    @Test
    void aThrownErrorFailsWithItsMessage() {
        GradingResult result = grade("javascript", "(() => { throw new Error('no answer found'); })()", "x");

        assertThat(result.pass()).isFalse();
        assertThat(result.score()).isZero();
        assertThat(result.reason()).startsWith("Custom function threw error: no answer found\nStack Trace: Error:")
                .endsWith("\n(() => { throw new Error('no answer found'); })()");
    }

    @Test
    void aRuntimeTypeErrorFailsWithItsMessage() {
        GradingResult result = grade("javascript", "JSON.parse(output).missing.deeper", "{}");

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).startsWith("Custom function threw error: ").contains("TypeError");
    }

    @Test
    void aSyntaxErrorIsAConfigurationErrorNamingTheProblem() {
        assertThatThrownBy(() -> grade("javascript", "output.includes('x'", "x"))
                .isInstanceOf(AssertionConfigException.class)
                .hasMessageStartingWith("The javascript assertion does not compile: ")
                .hasMessageContaining("line 1").hasMessageContaining("Fix the script");
    }

    @Test
    void aMissingScriptIsAConfigurationError() {
        assertThatThrownBy(() -> GRADER.gradeOne(AssertionSpec.of("javascript", 42), context("x")))
                .isInstanceOf(AssertionConfigException.class).hasMessageContaining("needs its script as text");
    }

    @Test
    void theNotFormInvertsBooleansAndSaysTheFunctionReturnedTrue() {
        GradingResult passes = grade("not-javascript", "output.includes('x')", "abc");
        GradingResult fails = grade("not-javascript", "output.includes('a')", "abc");

        assertThat(passes.pass()).isTrue();
        assertThat(passes.score()).isEqualTo(1);
        assertThat(fails.pass()).isFalse();
        assertThat(fails.score()).isZero();
        assertThat(fails.reason()).isEqualTo("Custom function returned true\noutput.includes('a')");
    }

    @Test
    void theNotFormKeepsANumbersScoreAndInvertsOnlyThePass() {
        GradingResult result = grade("not-javascript", "0.8", "x");

        assertThat(result.pass()).isFalse();
        assertThat(result.score()).isEqualTo(0.8);
        assertThat(result.reason()).isEqualTo("Custom function returned true\n0.8");
    }

    @Test
    void theNotFormKeepsAnObjectsReason() {
        GradingResult result = grade("not-javascript", "({ pass: true, score: 1, reason: 'polite' })", "x");

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).isEqualTo("polite");
    }

    @Test
    void aThrownErrorFailsTheNotFormToo() {
        GradingResult result = grade("not-javascript", "if (output) {\n  throw new Error('broken');\n}", "x");

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).startsWith("Custom function threw error: broken");
    }

    @Test
    void aPromiseIsAwaitedLikePromptfooDoes() {
        assertThat(grade("javascript", "Promise.resolve(output.length).then(n => n === 3)", "abc").pass()).isTrue();
        assertThat(grade("javascript", "Promise.resolve({ pass: false, score: 0.2, reason: 'later' })", "x")
                .reason()).isEqualTo("later");
    }

    @Test
    void aRejectedPromiseFailsWithItsMessage() {
        GradingResult result = grade("javascript", "Promise.reject(new Error('refused'))", "x");

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).startsWith("Custom function threw error: refused");
    }

    @Test
    void aPromiseThatNeverSettlesFails() {
        GradingResult result = grade("javascript", "new Promise(() => {})", "x");

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).startsWith("The promise returned by the javascript assertion never settled");
    }

    @Test
    void otherResultTypesFailNamingTheirType() {
        assertThat(grade("javascript", "'yes'", "x").reason()).contains("Got type string");
        assertThat(grade("javascript", "NaN", "x").reason()).contains("Got type number");
        assertThat(grade("javascript", "x => x", "x").reason()).contains("Got type function");
    }

    @Test
    void scriptsMixWithOtherAssertionsInATestGrade() {
        TestGrade grade = GRADER.grade(List.of(AssertionSpec.of("contains", "Mai"),
                AssertionSpec.of("javascript", "output.split(' ').length >= 2")), context("Chiang Mai"), null);

        assertThat(grade.pass()).isTrue();
        assertThat(grade.score()).isEqualTo(1);
    }
}
