package dev.aura.plugins.prompts.promptfoo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.prompts.eval.AssertionSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestsReadingTest {
    @TempDir
    Path dir;

    @Test
    void inlineTestsKeepVarsAssertionsAndThresholds() {
        PromptfooConfig config = new ConfigDir(dir).read("""
                prompts: ['{{q}}']
                tests:
                  - description: capital
                    vars: {q: 'Capital of France?', n: 3}
                    threshold: 0.5
                    assert:
                      - type: icontains
                        value: paris
                      - type: not-contains
                        value: London
                        weight: 2
                        metric: accuracy
                      - type: similar
                        value: Paris is the capital
                        threshold: 0.8
                """);
        assertThat(config.tests()).containsExactly(new TestDef("capital", Map.of("q", "Capital of France?", "n", 3),
                List.of(AssertionSpec.of("icontains", "paris"),
                        new AssertionSpec("contains", true, "London", null, 2, "accuracy"),
                        AssertionSpec.of("similar", "Paris is the capital").withThreshold(0.8)),
                0.5));
        assertThat(config.warnings()).isEmpty();
    }

    @Test
    void configsLargerThanSnakeYamlsDefaultLimitAreRead() {
        StringBuilder yaml = new StringBuilder("prompts: ['{{q}}']\ntests:\n");
        String padding = "x".repeat(400);
        for (int i = 0; i < 10_000; i++) {
            yaml.append("  - vars: {q: 'question ").append(i).append(' ').append(padding).append("'}\n")
                    .append("    assert: [{type: contains, value: 'answer ").append(i).append("'}]\n");
        }
        assertThat(yaml.length()).isGreaterThan(3 * 1024 * 1024);

        PromptfooConfig config = new ConfigDir(dir).read(yaml.toString());

        assertThat(config.tests()).hasSize(10_000);
        assertThat(config.tests().getLast().asserts().getFirst().value()).isEqualTo("answer 9999");
    }

    @Test
    void csvColumnsAreVarsAndSpecialColumnsAreAssertionsDescriptionThresholdAndMetric() {
        PromptfooConfig config = new ConfigDir(dir)
                .file("tests.csv", """
                        q,__expected1,__expected2,__description,__threshold,__metric
                        "Hi, there",icontains:hello,not-regex:^\\d+$,greeting,0.5,tone
                        Bye,goodbye,,,,
                        """)
                .read("prompts: ['{{q}}']\ntests: file://tests.csv\n");
        assertThat(config.tests()).containsExactly(
                new TestDef("greeting", Map.of("q", "Hi, there"), List.of(
                        new AssertionSpec("icontains", false, "hello", null, 1, "tone"),
                        new AssertionSpec("regex", true, "^\\d+$", null, 1, "tone")), 0.5),
                new TestDef(null, Map.of("q", "Bye"), List.of(AssertionSpec.of("equals", "goodbye")), null));
    }

    @Test
    void csvPromptOptionColumnsAreReportedAndOtherColumnsAreVars() {
        PromptfooConfig config = new ConfigDir(dir)
                .file("tests.csv", "q,__prefix,__extra\nHi,Answer: ,x\n")
                .read("prompts: ['{{q}}']\ntests: [file://tests.csv]\n");
        assertThat(config.tests()).singleElement().extracting(TestDef::vars).isEqualTo(Map.of("q", "Hi", "__extra", "x"));
        assertThat(config.warnings()).containsExactly(new ImportWarning("tests.csv[0].__prefix",
                "column '__prefix' is not supported by Aura and was not imported"));
    }

    @Test
    void yamlTestFilesAndGlobsAreListsOfTests() {
        PromptfooConfig config = new ConfigDir(dir)
                .file("tests/a.yaml", "- vars: {q: one}\n  assert: [{type: equals, value: '1'}]\n")
                .file("tests/b.yaml", "vars: {q: two}\n")
                .read("prompts: ['{{q}}']\ntests: ['file://tests/*.yaml']\n");
        assertThat(config.tests()).containsExactly(
                new TestDef(null, Map.of("q", "one"), List.of(AssertionSpec.of("equals", "1")), null),
                new TestDef(null, Map.of("q", "two"), List.of(), null));
    }

    @Test
    void varsNamingFilesAreLoadedAsTextRelativeToTheConfig() {
        PromptfooConfig config = new ConfigDir(dir)
                .file("data/article.txt", "A long article.\n")
                .file("cases.csv", "doc\nfile://data/article.txt\n")
                .read("""
                        prompts: ['{{doc}}']
                        tests:
                          - vars: {doc: file://data/article.txt, other: plain}
                          - file://cases.csv
                        """);
        assertThat(config.tests()).extracting(TestDef::vars).containsExactly(
                Map.of("doc", "A long article.\n", "other", "plain"),
                Map.of("doc", "A long article.\n"));
    }

    @Test
    void defaultTestIsKeptAsATestForCallersToApply() {
        PromptfooConfig config = new ConfigDir(dir).read("""
                prompts: ['{{q}}']
                defaultTest:
                  vars: {lang: en}
                  threshold: 0.7
                  assert: [{type: javascript, value: 'output.length < 100'}]
                  options: {provider: 'ollama:chat:judge', transform: 'output.trim()'}
                tests: [{vars: {q: x}}]
                """);
        assertThat(config.defaultTest()).isEqualTo(new TestDef(null, Map.of("lang", "en"),
                List.of(AssertionSpec.of("javascript", "output.length < 100")), 0.7));
        assertThat(config.warnings()).containsExactly(
                new ImportWarning("defaultTest.options", "'options' is not supported by Aura and was not imported"));
    }

    @Test
    void aConfigWithoutDefaultTestHasAnEmptyOne() {
        assertThat(new ConfigDir(dir).read("prompts: [hi]\n").defaultTest()).isEqualTo(TestDef.empty());
    }
}
