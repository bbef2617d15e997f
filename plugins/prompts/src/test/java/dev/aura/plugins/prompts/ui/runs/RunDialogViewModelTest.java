package dev.aura.plugins.prompts.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.api.testing.QueuedUiThread;
import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.prompts.PromptsServices;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDialogViewModelTest {
    @TempDir Path dir;
    private final QueuedUiThread ui = new QueuedUiThread();
    private RunsFixture fixture;
    private Background background;

    @BeforeEach
    void open() {
        fixture = new RunsFixture(dir);
        background = new Background(fixture.core.tasks(), ui);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private RunDialogViewModel dialog(CardVersion version) throws InterruptedException {
        RunDialogViewModel dialog = new RunDialogViewModel(fixture.services, background, fixture.messages, version);
        dialog.load();
        ui.until(() -> !dialog.loadingProperty().get());
        return dialog;
    }

    @Test
    void installedModelsAreListedWithTheCardsModelPreChecked() throws InterruptedException {
        RunDialogViewModel dialog = dialog(fixture.create(RunsFixture.capitals()));

        assertThat(dialog.models()).extracting(ModelChoice::name)
                .containsExactlyInAnyOrder(RunsFixture.LLAMA, RunsFixture.QWEN);
        assertThat(dialog.chosen()).containsExactly(RunsFixture.LLAMA);
        assertThat(dialog.anyCheckedBinding().get()).isTrue();
        assertThat(dialog.concurrencyProperty().get()).isEqualTo(RunDialogViewModel.DEFAULT_CONCURRENCY);
    }

    @Test
    void theLastChoiceForACardAndTheConcurrencyAreRemembered() throws InterruptedException {
        CardVersion version = fixture.create(RunsFixture.capitals());
        RunDialogViewModel first = dialog(version);
        first.models().forEach(m -> m.checkedProperty().set(m.name().equals(RunsFixture.QWEN)));
        first.concurrencyProperty().set(9);
        assertThat(first.confirm()).containsExactly(RunsFixture.QWEN);

        RunDialogViewModel again = dialog(version);

        assertThat(again.chosen()).containsExactly(RunsFixture.QWEN);
        assertThat(again.concurrencyProperty().get()).isEqualTo(9);
        RunDialogViewModel otherCard = dialog(fixture.create(RunsFixture.capitals().withTitle("Other")));
        assertThat(otherCard.chosen()).containsExactly(RunsFixture.LLAMA);
    }

    @Test
    void gradingModelsAreAskedForOnlyWhenTheTestsUseThemAndAreSavedForRuns() throws InterruptedException {
        RunDialogViewModel plain = dialog(fixture.create(RunsFixture.capitals()));
        assertThat(plain.needsGrader()).isFalse();
        assertThat(plain.needsEmbedding()).isFalse();

        CardContent graded = RunsFixture.capitals().withTests(List.of(new TestDef("tone", Map.of("country", "Peru"),
                List.of(AssertionSpec.of("llm-rubric", "is polite"), AssertionSpec.of("not-similar", "rude")),
                null)));
        RunDialogViewModel dialog = dialog(fixture.create(graded));
        assertThat(dialog.needsGrader()).isTrue();
        assertThat(dialog.needsEmbedding()).isTrue();
        dialog.graderModelProperty().set(RunsFixture.QWEN);
        dialog.embeddingModelProperty().set("nomic-embed-text");
        dialog.confirm();

        assertThat(fixture.services.context().settings().get(PromptsServices.GRADER_MODEL)).contains(RunsFixture.QWEN);
        assertThat(fixture.services.context().settings().get(PromptsServices.EMBEDDING_MODEL))
                .contains("nomic-embed-text");
    }

    @Test
    void withOllamaDownTheCardsModelsAreOfferedAndTheProblemSaysWhatToDo() throws InterruptedException {
        fixture.ollama.stop();

        RunDialogViewModel dialog = dialog(fixture.create(RunsFixture.capitals()));

        assertThat(dialog.problemProperty().get()).contains("Could not list the installed models")
                .contains("start Ollama");
        assertThat(dialog.models()).extracting(ModelChoice::name).containsExactly(RunsFixture.LLAMA);
        assertThat(dialog.chosen()).containsExactly(RunsFixture.LLAMA);
    }
}
