package dev.aura.plugins.prompts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.tasks.CurrentThreadTaskRunner;
import dev.aura.plugins.api.testing.QueuedUiThread;
import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import dev.aura.plugins.prompts.store.PromptsStoreFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's save, dirty, validation, restore and delete over the real card store (H2), without the toolkit. */
class CardEditorViewModelTest {
    @TempDir Path dir;
    private PromptsStoreFixture db;
    private final QueuedUiThread ui = new QueuedUiThread();
    private CardEditorViewModel vm;
    private final List<Integer> savedVersions = new ArrayList<>();

    @BeforeEach
    void open() {
        db = PromptsStoreFixture.open(dir);
        vm = new CardEditorViewModel(db.cards(), new Background(new CurrentThreadTaskRunner(), ui),
                Messages.load(Locale.ENGLISH));
        vm.onSaved(v -> savedVersions.add(v.number()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void eachSaveOfChangedContentIsANewVersionAndIdenticalContentIsNot() {
        List<CardVersion> created = new ArrayList<>();
        vm.create("Untitled card", created::add);
        ui.drain();
        assertThat(created).singleElement().extracting(CardVersion::number).isEqualTo(1);
        assertThat(vm.dirty()).isFalse();

        vm.update(c -> c.withTitle("Support reply"));
        assertThat(vm.dirty()).isTrue();
        assertThat(vm.save(() -> { })).isTrue();
        ui.drain();
        assertThat(vm.saved().number()).isEqualTo(2);
        assertThat(vm.dirty()).isFalse();

        vm.update(c -> c.withTitle("Changed"));
        vm.update(c -> c.withTitle("Support reply"));
        assertThat(vm.dirty()).isFalse();
        vm.save(() -> { });
        ui.drain();
        assertThat(db.cards().versions(vm.saved().cardId())).hasSize(2);
        assertThat(savedVersions).containsExactly(2, 2);
    }

    @Test
    void problemsBlockTheSaveAndShowUnderTheirFieldsUntilFixed() {
        vm.create("Card", v -> { });
        ui.drain();
        TestDef test = new TestDef("slow", Map.of(), List.of(AssertionSpec.of("latency", null)), null);
        vm.update(c -> c.withTitle(" ").withTests(List.of(test)));
        assertThat(vm.problems()).isEmpty(); // nothing nags before the user tries to save

        assertThat(vm.save(() -> { })).isFalse();
        assertThat(vm.problems()).containsOnlyKeys("title", "test.0.assert.0");
        assertThat(vm.problems().get("test.0.assert.0")).isEqualTo("The latency assertion needs a threshold (a number).");

        vm.update(c -> c.withTitle("Card").withTests(List.of(new TestDef("slow", Map.of(),
                List.of(AssertionSpec.of("latency", null).withThreshold(800.0)), null))));
        assertThat(vm.problems()).isEmpty();
        vm.setInputProblem("param.temperature", "Type a number, e.g. 0.7.");
        assertThat(vm.save(() -> { })).isFalse();
        vm.setInputProblem("param.temperature", null);
        assertThat(vm.save(() -> { })).isTrue();
        ui.drain();
        assertThat(vm.saved().number()).isEqualTo(2);
        assertThat(vm.saved().content().tests().getFirst().asserts().getFirst().threshold()).isEqualTo(800.0);
    }

    @Test
    void discardGoesBackToTheSavedContentAndRestoreMakesANewVersion() {
        CardVersion v1 = db.cards().create(PromptsStoreFixture.sampleCard(), null);
        vm.load(v1.cardId());
        ui.drain();
        int loads = vm.loadsProperty().get();
        vm.update(c -> c.withTitle("Draft title"));
        vm.discard();
        assertThat(vm.draft().title()).isEqualTo("Support reply");
        assertThat(vm.dirty()).isFalse();
        assertThat(vm.loadsProperty().get()).isEqualTo(loads + 1);

        vm.update(c -> c.withTitle("Second"));
        vm.save(() -> { });
        ui.drain();
        vm.restore(1);
        ui.drain();
        assertThat(vm.saved().number()).isEqualTo(3);
        assertThat(vm.saved().note()).contains("1");
        assertThat(vm.draft().title()).isEqualTo("Support reply");
        assertThat(savedVersions).containsExactly(2, 3);
    }

    @Test
    void deletingClearsTheEditorAndTellsTheList() {
        CardVersion v1 = db.cards().create(PromptsStoreFixture.sampleCard(), null);
        List<String> deleted = new ArrayList<>();
        vm.onDeleted(deleted::add);
        vm.load(v1.cardId());
        ui.drain();
        vm.delete();
        ui.drain();
        assertThat(deleted).containsExactly(v1.cardId());
        assertThat(vm.state()).isEqualTo(CardEditorViewModel.State.NONE);
        assertThat(db.cards().list("", java.util.Set.of())).isEmpty();
    }

    @Test
    void aCardThatIsGoneShowsWhatHappened() {
        vm.load("no-such-card");
        ui.drain();
        assertThat(vm.state()).isEqualTo(CardEditorViewModel.State.ERROR);
        assertThat(vm.errorProperty().get()).isNotBlank();
    }
}
