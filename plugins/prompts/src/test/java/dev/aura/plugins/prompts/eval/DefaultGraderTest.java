package dev.aura.plugins.prompts.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.plugins.prompts.eval.assertions.RegexAssertion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultGraderTest {
    private final DefaultGrader grader = DefaultGrader.deterministic();
    private final GradingContext context = new GradingContext("The answer is 42.", Map.of(), "p", "m", 120L, null);

    private static AssertionSpec passing() {
        return AssertionSpec.of("contains", "42");
    }

    private static AssertionSpec failing() {
        return AssertionSpec.of("contains", "43");
    }

    @Test
    void aTestWithoutAssertionsPassesWithFullScore() {
        TestGrade grade = grader.grade(List.of(), context, null);
        assertThat(grade.pass()).isTrue();
        assertThat(grade.score()).isEqualTo(1);
        assertThat(grade.reason()).isEqualTo("No assertions");
    }

    @Test
    void everyWeightedAssertionMustPassWithoutAThreshold() {
        TestGrade all = grader.grade(List.of(passing(), AssertionSpec.of("starts-with", "The")), context, null);
        assertThat(all.pass()).isTrue();
        assertThat(all.reason()).isEqualTo("All assertions passed");

        TestGrade one = grader.grade(List.of(passing(), failing()), context, null);
        assertThat(one.pass()).isFalse();
        assertThat(one.score()).isEqualTo(0.5);
        assertThat(one.reason()).isEqualTo("Expected output to contain \"43\"");
        assertThat(one.components()).extracting(GradingResult::pass).containsExactly(true, false);
    }

    @Test
    void theReasonListsEveryFailure() {
        TestGrade grade = grader.grade(List.of(failing(), AssertionSpec.of("not-contains", "answer")), context, null);
        assertThat(grade.reason())
                .isEqualTo("Expected output to contain \"43\"; Expected output to not contain \"answer\"");
    }

    @Test
    void theScoreIsTheWeightedMean() {
        TestGrade grade = grader.grade(List.of(passing().withWeight(3), failing().withWeight(1)), context, null);
        assertThat(grade.score()).isEqualTo(0.75);
        assertThat(grade.pass()).isFalse();
    }

    @Test
    void aThresholdDecidesByScoreAlone() {
        List<AssertionSpec> specs = List.of(passing().withWeight(3), failing());
        TestGrade reached = grader.grade(specs, context, 0.7);
        assertThat(reached.pass()).isTrue();
        assertThat(reached.reason()).startsWith("Aggregate score 0.75 ≥ 0.7 threshold")
                .contains("Expected output to contain \"43\"");

        TestGrade missed = grader.grade(specs, context, 0.8);
        assertThat(missed.pass()).isFalse();
        assertThat(missed.reason()).startsWith("Aggregate score 0.75 < 0.8 threshold");

        assertThat(grader.grade(List.of(failing()), context, 0.0).pass()).as("threshold 0 is honoured").isTrue();
        assertThat(grader.grade(List.of(passing()), context, 1.0).reason())
                .isEqualTo("Aggregate score 1.00 ≥ 1 threshold");
    }

    @Test
    void aZeroWeightAssertionIsShownButCannotFailTheTest() {
        TestGrade grade = grader.grade(List.of(passing(), failing().withWeight(0)), context, null);
        assertThat(grade.pass()).isTrue();
        assertThat(grade.score()).isEqualTo(1);
        GradingResult zero = grade.components().get(1);
        assertThat(zero.pass()).isTrue();
        assertThat(zero.score()).isZero();
        assertThat(zero.reason()).isEqualTo("Expected output to contain \"43\"");
    }

    @Test
    void onlyZeroWeightAssertionsScoreZeroAsInPromptfoo() {
        TestGrade grade = grader.grade(List.of(passing().withWeight(0)), context, null);
        assertThat(grade.pass()).isTrue();
        assertThat(grade.score()).isZero();
    }

    @Test
    void componentsCarryTheSpecTheyGraded() {
        AssertionSpec spec = AssertionSpec.of("not-icontains", "ANSWER");
        GradingResult result = grader.grade(List.of(spec), context, null).components().getFirst();
        assertThat(result.assertion()).isEqualTo(spec);
        assertThat(result.pass()).isFalse();
    }

    @Test
    void anUnknownTypeNamesTheKnownOnes() {
        assertThatThrownBy(() -> grader.grade(List.of(AssertionSpec.of("not-contain", "x")), context, null))
                .isInstanceOf(AssertionConfigException.class)
                .hasMessageStartingWith("Unknown assertion type 'not-contain'. Known: contains, contains-all,")
                .hasMessageContaining("word-count");
        assertThat(grader.knownTypes()).contains("equals", "icontains-all", "is-json", "contains-json", "latency",
                "cost", "levenshtein", "regex", "starts-with").doesNotContain("javascript");
    }

    @Test
    void newTypesCanBeAddedAndTheirNotFormIsInvertedGenerically() {
        Assertion shout = new Assertion() {
            @Override
            public String type() {
                return "javascript";
            }

            @Override
            public GradingResult grade(AssertionSpec spec, GradingContext context) {
                return context.output().endsWith("!") ? GradingResult.pass(spec, "Assertion passed")
                        : new GradingResult(spec, false, 0.25, "Custom function returned false");
            }
        };
        DefaultGrader extended = grader.with(shout);
        assertThat(extended.knownTypes()).contains("javascript", "contains");
        assertThat(grader.knownTypes()).doesNotContain("javascript");

        GradingResult inverted = extended.gradeOne(AssertionSpec.of("not-javascript", "x"), context);
        assertThat(inverted.pass()).isTrue();
        assertThat(inverted.score()).isEqualTo(0.75);
        GradingContext loud = new GradingContext("Yes!", Map.of(), "p", "m", null, null);
        assertThat(extended.gradeOne(AssertionSpec.of("not-javascript", "x"), loud).reason())
                .isEqualTo("Expected output to not pass javascript (Assertion passed)");
    }

    @Test
    void twoAssertionsOfOneTypeAreRejected() {
        assertThatThrownBy(() -> new DefaultGrader(List.of(new RegexAssertion(), new RegexAssertion())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regex");
    }
}
