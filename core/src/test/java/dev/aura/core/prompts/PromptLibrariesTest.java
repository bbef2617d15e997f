package dev.aura.core.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromptLibrariesTest {
    private static PromptLibrary of(Map<String, String> templates) {
        return new PromptLibrary() {
            @Override
            public Optional<String> template(String reference) {
                return Optional.ofNullable(templates.get(reference));
            }

            @Override
            public List<String> references() {
                return templates.keySet().stream().sorted().toList();
            }
        };
    }

    @Test
    void emptyUntilAPluginProvidesALibrary() {
        PromptLibraries libraries = new PromptLibraries();

        assertThat(libraries.isEmpty()).isTrue();
        assertThat(libraries.template("Summary@production")).isEmpty();
        assertThat(libraries.references()).isEmpty();
    }

    @Test
    void theFirstLibraryThatKnowsAReferenceAnswers() {
        PromptLibraries libraries = new PromptLibraries();
        libraries.provide(of(Map.of("Summary@production", "first")));
        libraries.provide(of(Map.of("Summary@production", "second", "Classify", "third")));

        assertThat(libraries.template("Summary@production")).contains("first");
        assertThat(libraries.template("Classify")).contains("third");
        assertThat(libraries.references()).containsExactly("Summary@production", "Classify");
    }
}
