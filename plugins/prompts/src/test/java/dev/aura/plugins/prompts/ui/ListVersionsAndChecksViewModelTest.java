package dev.aura.plugins.prompts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.tasks.CurrentThreadTaskRunner;
import dev.aura.plugins.api.testing.QueuedUiThread;
import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.api.ui.LineDiff;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardLabel;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.cards.PromptVariant;
import dev.aura.plugins.prompts.checks.Finding;
import dev.aura.plugins.prompts.checks.PromptChecker;
import dev.aura.plugins.prompts.store.PromptsStoreFixture;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The card list's filters, the versions' labels and diff, and the checks' states over the real store. */
class ListVersionsAndChecksViewModelTest {
    @TempDir Path dir;
    private PromptsStoreFixture db;
    private final QueuedUiThread ui = new QueuedUiThread();
    private Background background;

    @BeforeEach
    void open() {
        db = PromptsStoreFixture.open(dir);
        background = new Background(new CurrentThreadTaskRunner(), ui);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theListIsEmptyThenFiltersBySearchAndTags() {
        CardListViewModel list = new CardListViewModel(db.cards(), background);
        list.refresh();
        ui.drain();
        assertThat(list.state()).isEqualTo(CardListViewModel.State.EMPTY);

        db.cards().create(PromptsStoreFixture.sampleCard(), null);
        db.cards().create(new CardContent("Haiku", "", List.of("poetry"), CardContent.blank("x").variants(), null,
                null, null, null, null), null);
        list.refresh();
        ui.drain();
        assertThat(list.items()).extracting(c -> c.title()).containsExactlyInAnyOrder("Support reply", "Haiku");
        assertThat(list.allTags()).containsExactly("email", "poetry", "support");

        list.toggleTag("poetry");
        ui.drain();
        assertThat(list.items()).extracting(c -> c.title()).containsExactly("Haiku");

        list.queryProperty().set("refund");
        ui.drain();
        assertThat(list.state()).isEqualTo(CardListViewModel.State.NO_MATCH);

        list.clearFilters();
        ui.drain();
        assertThat(list.items()).hasSize(2);
        assertThat(list.selectedTags()).isEmpty();
    }

    @Test
    void labelsMoveBetweenVersionsAndTheDiffComparesThePreviousWithTheLatest() {
        CardVersion v1 = db.cards().create(PromptsStoreFixture.sampleCard(), null);
        db.cards().save(v1.cardId(), v1.content().withTitle("Support reply v2"), null);
        VersionsViewModel versions = new VersionsViewModel(db.cards(), background,
                new CardText(Messages.load(Locale.ENGLISH)));
        versions.load(v1.cardId());
        ui.drain();
        assertThat(versions.versions()).extracting(CardVersion::number).containsExactly(2, 1);
        assertThat(versions.diff()).filteredOn(l -> l.kind() != LineDiff.Kind.SAME)
                .extracting(l -> l.kind() + " " + l.text())
                .containsExactly("REMOVED Title: Support reply", "ADDED Title: Support reply v2");

        versions.setLabel(CardLabel.PRODUCTION, 1);
        ui.drain();
        assertThat(versions.labelsOf(1)).containsExactly("production");
        versions.setLabel(CardLabel.PRODUCTION, 2);
        ui.drain();
        assertThat(versions.labelsOf(1)).isEmpty();
        assertThat(versions.labelsOf(2)).containsExactly("production");
        versions.removeLabel(CardLabel.PRODUCTION);
        ui.drain();
        assertThat(versions.labels()).isEmpty();
        assertThat(db.cards().labels(v1.cardId())).isEmpty();

        versions.leftProperty().set(versions.versions().getFirst());
        assertThat(LineDiff.changed(versions.diff())).isFalse();
    }

    @Test
    void checksListTheMostSevereFirstAndAnEmptyListAfterACheckMeansNoFindings() {
        ChecksViewModel checks = new ChecksViewModel(new PromptChecker());
        assertThat(checks.checkedProperty().get()).isFalse();
        CardContent risky = PromptsStoreFixture.sampleCard().withVariants(List.of(new PromptVariant("A",
                "{{ question }}\nAnswer politely. The key is sk-live-1234567890abcdef1234.")));
        checks.scan(risky);
        assertThat(checks.findings()).extracting(Finding::kind).contains(Finding.Kind.SECRET_IN_TEMPLATE);
        assertThat(checks.findings()).extracting(Finding::severity).isSortedAccordingTo(Comparator.naturalOrder());

        checks.scan(CardContent.blank("Plain").withVariants(List.of(new PromptVariant("A",
                "Summarise the text between the tags.\n<text>{{ text }}</text>"))));
        assertThat(checks.checkedProperty().get()).isTrue();
        assertThat(checks.findings()).isEmpty();
        checks.scan(null);
        assertThat(checks.checkedProperty().get()).isFalse();
    }
}
