package dev.aura.plugins.prompts.eval.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonsTest {
    @Test
    void numbersReadAsJavaScriptWritesThem() {
        assertThat(Reasons.number(5.0)).isEqualTo("5");
        assertThat(Reasons.number(0.25)).isEqualTo("0.25");
        assertThat(Reasons.number(-3)).isEqualTo("-3");
        assertThat(Reasons.number(0.0001)).isEqualTo("0.0001");
        assertThat(Reasons.number(1e-7)).isEqualTo("1e-7");
    }

    @Test
    void toPrecisionMatchesJavaScript() {
        assertThat(Reasons.toPrecision(0.0012345, 2)).isEqualTo("0.0012");
        assertThat(Reasons.toPrecision(0.004, 2)).isEqualTo("0.0040");
        assertThat(Reasons.toPrecision(1.5, 2)).isEqualTo("1.5");
        assertThat(Reasons.toPrecision(123.4, 2)).isEqualTo("1.2e+2");
        assertThat(Reasons.toPrecision(0.00000012, 2)).isEqualTo("1.2e-7");
        assertThat(Reasons.toPrecision(0, 2)).isEqualTo("0.0");
    }
}
