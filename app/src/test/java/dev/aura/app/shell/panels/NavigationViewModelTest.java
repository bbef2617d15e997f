package dev.aura.app.shell.panels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.app.plugins.LoadedPlugin;
import dev.aura.app.shell.testing.AlphaPlugin;
import dev.aura.app.shell.testing.BetaPlugin;
import dev.aura.app.shell.testing.BrokenPlugin;
import dev.aura.app.shell.testing.HiddenPlugin;
import dev.aura.app.shell.testing.ShellFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import dev.aura.core.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NavigationViewModelTest {
    @TempDir Path dir;

    private ShellFixture fixture(Consumer<Settings> presets) {
        return new ShellFixture(dir, List.of(BrokenPlugin.class, AlphaPlugin.class, BetaPlugin.class, HiddenPlugin.class),
                presets.andThen(s -> s.put("host.disabledPlugins", "hidden")));
    }

    @Test
    void theRailListsEveryPluginButDisabledOnesInOrder() {
        try (var f = fixture(s -> {}); var nav = new NavigationViewModel(f.host, f.settings, Runnable::run)) {
            assertThat(nav.entries()).extracting(LoadedPlugin::id).containsExactly("alpha", "beta", "broken");
        }
    }

    @Test
    void theFirstStartedPanelIsActiveWithoutARememberedOne() {
        try (var f = fixture(s -> {}); var nav = new NavigationViewModel(f.host, f.settings, Runnable::run)) {
            nav.selectInitial();
            assertThat(nav.selectedProperty().get().id()).isEqualTo("alpha");
        }
    }

    @Test
    void theRememberedPanelIsActiveAgainAndSelectingRemembersIt() {
        try (var f = fixture(s -> s.put("ui.lastPanel", "beta"));
                var nav = new NavigationViewModel(f.host, f.settings, Runnable::run)) {
            nav.selectInitial();
            assertThat(nav.selectedProperty().get().id()).isEqualTo("beta");
            nav.select("broken");
            assertThat(f.settings.get("ui.lastPanel")).contains("broken");
        }
    }

    @Test
    void aRememberedPanelThatIsNowDisabledIsIgnored() {
        try (var f = fixture(s -> s.put("ui.lastPanel", "hidden"));
                var nav = new NavigationViewModel(f.host, f.settings, Runnable::run)) {
            nav.selectInitial();
            assertThat(nav.selectedProperty().get().id()).isEqualTo("alpha");
        }
    }

    @Test
    void aPluginFailingLaterBumpsTheRevision() {
        try (var f = fixture(s -> {}); var nav = new NavigationViewModel(f.host, f.settings, Runnable::run)) {
            int before = nav.revisionProperty().get();
            LoadedPlugin alpha = f.host.find("alpha").orElseThrow();
            f.host.call(alpha, "activate", p -> {
                throw new IllegalStateException("boom");
            });
            assertThat(nav.revisionProperty().get()).isGreaterThan(before);
        }
    }
}
