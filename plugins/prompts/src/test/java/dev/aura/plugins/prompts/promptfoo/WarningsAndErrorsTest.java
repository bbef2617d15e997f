package dev.aura.plugins.prompts.promptfoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarningsAndErrorsTest {
    @TempDir
    Path dir;

    @Test
    void everyUnsupportedFieldBecomesAWarningWithItsPath() {
        PromptfooConfig config = new ConfigDir(dir).read("""
                prompts: [hi]
                providers: [ollama:chat:m]
                evaluateOptions: {maxConcurrency: 2}
                outputPath: out.json
                sharing: false
                scenarios: []
                tests:
                  - vars: {q: x}
                    options: {transform: output.trim()}
                    metadata: {owner: me}
                    assert:
                      - type: llm-rubric
                        value: ok
                        provider: ollama:chat:judge
                      - type: assert-set
                        assert: []
                """);
        assertThat(config.warnings()).extracting(ImportWarning::path).containsExactly(
                "evaluateOptions", "outputPath", "sharing", "scenarios",
                "tests[0].options", "tests[0].metadata", "tests[0].assert[0].provider", "tests[0].assert[1]");
        assertThat(config.tests().getFirst().asserts()).hasSize(1);
    }

    @Test
    void malformedYamlNamesFileLineAndColumn() {
        ConfigDir project = new ConfigDir(dir);
        assertThatThrownBy(() -> project.read("prompts:\n  - ok\n  bad: [unclosed\n"))
                .isInstanceOfSatisfying(PromptfooImportException.class, e -> {
                    assertThat(e.file()).isEqualTo(project.config());
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isPositive();
                    assertThat(e.getMessage()).contains("promptfooconfig.yaml:3:").contains("invalid YAML");
                });
    }

    @Test
    void malformedCsvNamesFileLineAndColumn() {
        ConfigDir project = new ConfigDir(dir).file("tests.csv", "q,__expected\nfine,ok\n\"unclosed,x\n");
        assertThatThrownBy(() -> project.read("prompts: ['{{q}}']\ntests: file://tests.csv\n"))
                .isInstanceOfSatisfying(PromptfooImportException.class, e -> {
                    assertThat(e.file()).isEqualTo(project.path("tests.csv"));
                    assertThat(e.line()).isGreaterThanOrEqualTo(3);
                    assertThat(e.getMessage()).contains("invalid CSV");
                });
    }

    @Test
    void aCsvRowWithTooManyCellsIsAnError() {
        ConfigDir project = new ConfigDir(dir).file("tests.csv", "q\na,b\n");
        assertThatThrownBy(() -> project.read("prompts: ['{{q}}']\ntests: file://tests.csv\n"))
                .isInstanceOfSatisfying(PromptfooImportException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void aMissingFileIsNamedWithTheFieldReferencingIt() {
        ConfigDir project = new ConfigDir(dir);
        assertThatThrownBy(() -> project.read("prompts: [file://nope.txt]\n"))
                .isInstanceOfSatisfying(PromptfooImportException.class, e -> {
                    assertThat(e.file()).isEqualTo(project.path("nope.txt"));
                    assertThat(e.getMessage()).contains("prompts[0]").contains("does not exist");
                });
        assertThatThrownBy(() -> project.read("prompts: [hi]\ntests: [{vars: {doc: file://doc.txt}}]\n"))
                .hasMessageContaining("tests[0].vars.doc").hasMessageContaining("doc.txt");
        assertThatThrownBy(() -> project.read("prompts: ['file://none/*.txt']\n"))
                .hasMessageContaining("no file matches");
    }

    @Test
    void aConfigThatIsNotAMapIsRefused() {
        assertThatThrownBy(() -> new ConfigDir(dir).read("- just\n- a list\n"))
                .isInstanceOf(PromptfooImportException.class).hasMessageContaining("YAML map");
    }
}
