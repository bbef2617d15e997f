package dev.aura.plugins.analytics.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.api.testing.QueuedUiThread;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.tasks.CurrentThreadTaskRunner;
import dev.aura.plugins.analytics.Messages;
import dev.aura.plugins.analytics.model.RangePreset;
import dev.aura.plugins.analytics.model.UsageFilter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dashboard's states and requests, without the toolkit: jobs run in place, UI work is queued. */
class DashboardViewModelTest {
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T05:30:00Z"), BANGKOK);
    private final ScriptedAnalyticsService service = new ScriptedAnalyticsService();
    private final QueuedUiThread ui = new QueuedUiThread();
    private final DashboardViewModel vm = new DashboardViewModel(service,
            new Background(new CurrentThreadTaskRunner(), ui), Messages.load(Locale.ENGLISH), clock);

    @Test
    void refreshSaysHowManyCallsItPreparesThenShowsTheDashboard() {
        service.pending = 12_000;
        List<String> statuses = new ArrayList<>();
        vm.statusProperty().addListener((o, a, b) -> statuses.add(b));

        vm.refresh();
        ui.drain();

        assertThat(statuses).contains("Preparing statistics for 12,000 calls…");
        assertThat(vm.state()).isEqualTo(DashboardViewModel.State.READY);
        assertThat(vm.dashboard().current().calls()).isEqualTo(5);
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void anEmptyLogShowsTheEmptyStateAndAFailureSaysWhatToDo() {
        service.calls = 0;
        vm.refresh();
        ui.drain();
        assertThat(vm.state()).isEqualTo(DashboardViewModel.State.EMPTY);

        service.failure = new IllegalStateException("Database may be already in use");
        vm.refresh();
        ui.drain();

        assertThat(vm.state()).isEqualTo(DashboardViewModel.State.ERROR);
        assertThat(vm.statusProperty().get()).contains("Database may be already in use").contains("press Refresh");
    }

    @Test
    void onlyTheNewestRequestsAnswerIsShown() {
        vm.refresh();
        vm.toggleModel("llama3.2");
        vm.toggleModel("gemma3");
        ui.drain();

        assertThat(service.asked).last().isEqualTo(UsageFilter.ALL.withModels(Set.of("llama3.2", "gemma3")));
        assertThat(vm.dashboard().filter().models()).containsExactlyInAnyOrder("llama3.2", "gemma3");
    }

    @Test
    void theChosenPresetIsRememberedForTheNextStart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var settings = dev.aura.core.settings.JsonFileSettings.load(dir.resolve("settings.json")).scoped("plugins.analytics");
        Background background = new Background(new CurrentThreadTaskRunner(), ui);
        new DashboardViewModel(service, background, Messages.load(Locale.ENGLISH), clock, settings)
                .choosePreset(RangePreset.LAST_30_DAYS);

        DashboardViewModel next = new DashboardViewModel(service, background, Messages.load(Locale.ENGLISH), clock,
                dev.aura.core.settings.JsonFileSettings.load(dir.resolve("settings.json")).scoped("plugins.analytics"));

        assertThat(next.presetProperty().get()).isEqualTo(RangePreset.LAST_30_DAYS);
        assertThat(next.range()).isEqualTo(RangePreset.LAST_30_DAYS.resolve(clock.instant(), BANGKOK));
    }

    @Test
    void rangesFollowThePresetsAndCustomDaysInTheUsersZone() {
        vm.choosePreset(RangePreset.TODAY);
        assertThat(vm.range().from()).isEqualTo(Instant.parse("2026-11-21T17:00:00Z"));

        vm.chooseCustom(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 3));

        assertThat(vm.presetProperty().get()).isNull();
        assertThat(vm.range().from()).isEqualTo(Instant.parse("2026-11-02T17:00:00Z"));
        assertThat(vm.range().length()).isEqualTo(Duration.ofDays(8));
    }

    @Test
    void clearingFiltersGoesBackToAllCalls() {
        vm.setFilter(UsageFilter.ALL.withSources(Set.of("chat")));
        vm.clearFilters();
        ui.drain();

        assertThat(vm.filter().isAll()).isTrue();
        assertThat(service.asked).last().isEqualTo(UsageFilter.ALL);
    }
}
