package dev.aura.plugins.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.core.llm.ChatRequest;
import dev.aura.core.llm.LlmMessage;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.testing.RecordingJobContext;
import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.RangePreset;
import dev.aura.plugins.analytics.model.UsageFilter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls made through the real gateway reach the dashboard while they are still too fresh to roll up. */
class GatewayCallsTest {
    @TempDir
    Path dir;

    @Test
    void callsJustMadeShowOnTheDashboardFromTheTail() {
        try (FakeOllamaServer ollama = new FakeOllamaServer().addModel("llama3.2");
                AuraCore core = AuraCoreFactory.open(
                        new AuraCoreFactory.Options(dir.toString(), ollama.url().toString(), Map.of(), false))) {
            JdbiAnalyticsService service = new JdbiAnalyticsService(core.store(), core.prices(), core.evals(),
                    Clock.systemUTC());
            for (int i = 0; i < 3; i++) {
                core.llm().chat(ChatRequest.of("chat", "llama3.2", List.of(LlmMessage.user("hello " + i))));
            }

            long rolledUp = service.catchUp(new RecordingJobContext());
            Dashboard d = service.dashboard(RangePreset.TODAY.resolve(Instant.now(), ZoneOffset.UTC), UsageFilter.ALL);

            assertThat(d.current().calls()).isEqualTo(3);
            assertThat(d.current().errors()).isZero();
            assertThat(d.byModel()).singleElement().satisfies(r -> assertThat(r.key()).isEqualTo("llama3.2"));
            assertThat(d.byPlugin()).singleElement().satisfies(r -> assertThat(r.key()).isEqualTo("chat"));
            assertThat(d.pendingCalls()).isEqualTo(3 - rolledUp);
            assertThat(service.calls(d.range(), UsageFilter.ALL, null, 10).rows()).hasSize(3);
        }
    }
}
