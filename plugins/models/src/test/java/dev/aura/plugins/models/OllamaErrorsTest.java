package dev.aura.plugins.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.ollama.OllamaException;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class OllamaErrorsTest {
    private final OllamaErrors errors = new OllamaErrors(Messages.load(Locale.ENGLISH),
            () -> URI.create("http://127.0.0.1:11434"));

    @Test
    void unreachableOllamaSaysWhereAndHowToStartIt() {
        ModelsFailure f = errors.describe(new CompletionException(
                new OllamaException(OllamaException.Kind.UNREACHABLE, "Connection refused")), null);

        assertThat(f.kind()).isEqualTo(ModelsFailure.Kind.UNREACHABLE);
        assertThat(f.message()).isEqualTo(
                "Ollama is not reachable at http://127.0.0.1:11434. Start it with 'ollama serve', then try again.");
    }

    @Test
    void unknownModelNamesTheModel() {
        ModelsFailure f = errors.describe(new OllamaException(OllamaException.Kind.HTTP_ERROR, 500,
                "pull model manifest: file does not exist", null), "lama3.2");

        assertThat(f.kind()).isEqualTo(ModelsFailure.Kind.NOT_FOUND);
        assertThat(f.message()).contains("“lama3.2”").contains("ollama.com/library");
    }

    @Test
    void diskFullSaysToFreeSpace() {
        ModelsFailure f = errors.describe(new OllamaException(OllamaException.Kind.HTTP_ERROR, 500,
                "write /models/blobs/sha256-abc-partial: no space left on device", null), "llama3.2");

        assertThat(f.kind()).isEqualTo(ModelsFailure.Kind.DISK_FULL);
        assertThat(f.message()).contains("not enough disk space").contains("llama3.2");
    }

    @Test
    void cancellationIsNotAnError() {
        assertThat(errors.describe(new CancellationException(), "x").kind()).isEqualTo(ModelsFailure.Kind.CANCELLED);
    }

    @Test
    void anythingElseKeepsOnlyTheFirstLineOfTheCause() {
        ModelsFailure f = errors.describe(new IllegalStateException("boom\n\tat some.Frame"), null);

        assertThat(f.kind()).isEqualTo(ModelsFailure.Kind.OTHER);
        assertThat(f.message()).contains("boom").doesNotContain("at some.Frame");
    }
}
