package dev.aura.plugins.prompts.eval.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** promptfoo's rules for turning an assertion's value into a function body. */
class FunctionBodiesTest {
    @Test
    void aSingleLineIsReturned() {
        assertThat(FunctionBodies.of("output === 'test'")).isEqualTo("return output === 'test'");
    }

    @Test
    void trailingSemicolonsAndNewlinesAreDropped() {
        assertThat(FunctionBodies.of("output.length > 3;;  \n")).isEqualTo("return output.length > 3");
    }

    @Test
    void aMultiLineScriptIsKeptAsABody() {
        assertThat(FunctionBodies.of("const a = 1;\nreturn a;\n")).isEqualTo("const a = 1;\nreturn a;");
    }

    @Test
    void declarationsGetReturnBeforeTheirFinalExpression() {
        assertThat(FunctionBodies.of("const s = JSON.parse(output).score; s > 0.5"))
                .isEqualTo("const s = JSON.parse(output).score; return s > 0.5");
    }

    @Test
    void semicolonsInsideStringsTemplatesAndBracketsAreNotSeparators() {
        assertThat(FunctionBodies.of("const s = output; s === 'a;b'")).isEqualTo("const s = output; return s === 'a;b'");
        assertThat(FunctionBodies.of("let f = () => { let x = 1; return x; }; f() === `;${1 + 0};`"))
                .isEqualTo("let f = () => { let x = 1; return x; }; return f() === `;${1 + 0};`");
    }

    @Test
    void aDeclarationWithoutFinalExpressionIsKeptAsWritten() {
        assertThat(FunctionBodies.of("const a = 1")).isEqualTo("const a = 1");
    }

    @Test
    void aSingleLineThatAlreadyReturnsIsKept() {
        assertThat(FunctionBodies.of("return output.length > 0")).isEqualTo("return output.length > 0");
        assertThat(FunctionBodies.of("returned === 1")).isEqualTo("return returned === 1");
    }
}
