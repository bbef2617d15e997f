package dev.aura.app.shell.palette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.api.PluginCommand;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.junit.jupiter.api.Test;

class CommandPaletteViewModelTest {
    private final List<String> ran = new ArrayList<>();
    private final ReadOnlyBooleanWrapper quitAllowed = new ReadOnlyBooleanWrapper(false);
    private final List<PluginCommand> commands = List.of(
            PluginCommand.of("shell.settings", "Open settings", "Application", null, () -> ran.add("settings")),
            PluginCommand.of("shell.panel.models", "Go to Models", "View", null, () -> ran.add("models")),
            PluginCommand.of("shell.theme.dracula", "Theme: Dracula", "Theme", null, () -> ran.add("dracula")),
            new PluginCommand("shell.quit", "Quit Aura", "Application", null, quitAllowed.getReadOnlyProperty(),
                    () -> ran.add("quit")));
    private final CommandPaletteViewModel palette = new CommandPaletteViewModel(() -> commands);

    @Test
    void openingShowsEveryCommandWithTheFirstSelected() {
        palette.open();
        assertThat(palette.showingProperty().get()).isTrue();
        assertThat(palette.results()).hasSize(4);
        assertThat(palette.selectedIndexProperty().get()).isZero();
    }

    @Test
    void typingFiltersAndRanksTheBestMatchFirst() {
        palette.open();
        palette.queryProperty().set("models");
        assertThat(palette.results()).extracting(PluginCommand::id).containsExactly("shell.panel.models");
        palette.queryProperty().set("the");
        assertThat(palette.results()).first().extracting(PluginCommand::id).isEqualTo("shell.theme.dracula");
    }

    @Test
    void theCategoryAlsoMatches() {
        palette.open();
        palette.queryProperty().set("view");
        assertThat(palette.results()).extracting(PluginCommand::id).contains("shell.panel.models");
    }

    @Test
    void enterRunsTheSelectedCommandAndClosesThePalette() {
        palette.open();
        palette.queryProperty().set("go mod");
        assertThat(palette.runSelected()).isTrue();
        assertThat(ran).containsExactly("models");
        assertThat(palette.showingProperty().get()).isFalse();
    }

    @Test
    void selectionWrapsAroundWithUpAndDown() {
        palette.open();
        palette.moveSelection(-1);
        assertThat(palette.selectedIndexProperty().get()).isEqualTo(3);
        palette.moveSelection(1);
        assertThat(palette.selectedIndexProperty().get()).isZero();
    }

    @Test
    void pageJumpsStopAtTheEnds() {
        palette.open();
        palette.moveSelection(8);
        assertThat(palette.selectedIndexProperty().get()).isEqualTo(3);
        palette.moveSelection(-8);
        assertThat(palette.selectedIndexProperty().get()).isZero();
    }

    @Test
    void aCommandThatCannotRunNowStaysOpenAndDoesNothing() {
        palette.open();
        palette.queryProperty().set("quit");
        assertThat(palette.runSelected()).isFalse();
        assertThat(ran).isEmpty();
        assertThat(palette.showingProperty().get()).isTrue();

        quitAllowed.set(true);
        assertThat(palette.runSelected()).isTrue();
        assertThat(ran).containsExactly("quit");
    }

    @Test
    void noMatchLeavesNothingSelected() {
        palette.open();
        palette.queryProperty().set("zzzz");
        assertThat(palette.results()).isEmpty();
        assertThat(palette.selectedIndexProperty().get()).isEqualTo(-1);
        assertThat(palette.runSelected()).isFalse();
    }
}
