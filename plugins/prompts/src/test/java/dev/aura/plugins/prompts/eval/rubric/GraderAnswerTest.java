package dev.aura.plugins.prompts.eval.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraderAnswerTest {
    @Test
    void aMissingPassCountsAsPassAndTheScoreFollowsPass() {
        assertThat(GraderAnswer.parse("{\"reason\": \"fine\"}")).contains(new GraderAnswer(true, 1, "fine"));
    }

    @Test
    void aTextPassIsTrueOnlyForTrueYesPassOrY() {
        assertThat(GraderAnswer.parse("{\"pass\": \"Yes\"}").orElseThrow().pass()).isTrue();
        assertThat(GraderAnswer.parse("{\"pass\": \"Y\"}").orElseThrow().pass()).isTrue();
        assertThat(GraderAnswer.parse("{\"pass\": \"no\"}").orElseThrow().pass()).isFalse();
        assertThat(GraderAnswer.parse("{\"pass\": \"false\"}").orElseThrow().pass()).isFalse();
    }

    @Test
    void aScoreThatIsNotANumberFallsBackToThePassVerdict() {
        assertThat(GraderAnswer.parse("{\"pass\": false, \"score\": \"high\"}").orElseThrow().score()).isZero();
        assertThat(GraderAnswer.parse("{\"pass\": true, \"score\": null}").orElseThrow().score()).isEqualTo(1);
    }

    @Test
    void theFirstCompleteObjectWinsOverLaterOnesAndBrokenOnes() {
        GraderAnswer answer = GraderAnswer.parse(
                "Thinking {about it\n{\"pass\": false, \"reason\": {\"why\": \"rude\"}} and {\"pass\": true}")
                .orElseThrow();

        assertThat(answer.pass()).isFalse();
        assertThat(answer.reason()).isEqualTo("{\"why\":\"rude\"}");
    }

    @Test
    void textWithoutAnObjectHasNoAnswer() {
        assertThat(GraderAnswer.parse("PASS: the output is polite")).isEmpty();
        assertThat(GraderAnswer.parse("[1, 2] {\"pass\": tru")).isEmpty();
    }
}
