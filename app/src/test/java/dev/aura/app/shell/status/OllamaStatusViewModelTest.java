package dev.aura.app.shell.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.app.shell.i18n.ShellMessages;
import dev.aura.app.shell.i18n.UiLanguage;
import dev.aura.core.events.SimpleEventBus;
import dev.aura.core.ollama.OllamaHealth;
import dev.aura.core.ollama.OllamaStatus;
import dev.aura.core.ollama.OllamaStatusChanged;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OllamaStatusViewModelTest {
    private static final URI URL = URI.create("http://127.0.0.1:11434");
    private final SimpleEventBus events = new SimpleEventBus();
    private final AtomicInteger checks = new AtomicInteger();
    private final OllamaHealth health = new OllamaHealth() {
        @Override public OllamaStatus current() { return OllamaStatus.unknown(URL); }
        @Override public void checkNow() { checks.incrementAndGet(); }
        @Override public void close() {}
    };
    private final ShellMessages en = ShellMessages.of(UiLanguage.ENGLISH);

    @Test
    void beforeTheFirstCheckItSaysCheckingAndShowsNoOnboarding() {
        try (var vm = new OllamaStatusViewModel(health, events, Runnable::run, en)) {
            assertThat(vm.stateProperty().get()).isEqualTo(OllamaStatusViewModel.State.CHECKING);
            assertThat(vm.onboardingNeededProperty().get()).isFalse();
        }
    }

    @Test
    void anUnreachableStatusAsksForOnboardingAndAReachableOneHidesIt() {
        try (var vm = new OllamaStatusViewModel(health, events, Runnable::run, en)) {
            events.publish(new OllamaStatusChanged(new OllamaStatus(URL, false, "", 0, "Connection refused", Instant.now())));
            assertThat(vm.onboardingNeededProperty().get()).isTrue();
            assertThat(vm.textProperty().get()).isEqualTo("Ollama not reachable · http://127.0.0.1:11434");
            assertThat(vm.tooltipProperty().get()).contains("Connection refused").contains("ollama serve");

            events.publish(new OllamaStatusChanged(new OllamaStatus(URL, true, "0.12.6", 3, null, Instant.now())));
            assertThat(vm.onboardingNeededProperty().get()).isFalse();
            assertThat(vm.textProperty().get()).isEqualTo("Ollama 0.12.6 · http://127.0.0.1:11434");
            assertThat(vm.modelsTextProperty().get()).isEqualTo("3 models");
        }
    }

    @Test
    void modelCountsUseTheRightWordsInThai() {
        var th = ShellMessages.of(UiLanguage.THAI);
        try (var vm = new OllamaStatusViewModel(health, events, Runnable::run, th)) {
            events.publish(new OllamaStatusChanged(new OllamaStatus(URL, true, "0.12.6", 0, null, Instant.now())));
            assertThat(vm.modelsTextProperty().get()).isEqualTo("ไม่มีโมเดล");
        }
    }

    @Test
    void retryAsksTheMonitorToCheckNow() {
        try (var vm = new OllamaStatusViewModel(health, events, Runnable::run, en)) {
            vm.retry();
            assertThat(checks).hasValue(1);
        }
    }

    @Test
    void afterCloseEventsAreIgnored() {
        var vm = new OllamaStatusViewModel(health, events, Runnable::run, en);
        vm.close();
        events.publish(new OllamaStatusChanged(new OllamaStatus(URL, false, "", 0, "down", Instant.now())));
        assertThat(vm.onboardingNeededProperty().get()).isFalse();
    }
}
