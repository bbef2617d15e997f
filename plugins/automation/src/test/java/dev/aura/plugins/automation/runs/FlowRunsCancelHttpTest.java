package dev.aura.plugins.automation.runs;

import static dev.aura.plugins.automation.runs.RunsFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.automation.engine.LoopbackHttp;
import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancel must not wait for a slow server: the request is abandoned and the run ends at once. */
class FlowRunsCancelHttpTest {
    @TempDir
    Path dir;

    @Test
    void cancellingARunAbandonsARequestTheServerHasNotAnswered() throws Exception {
        CountDownLatch received = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (RunsFixture fx = new RunsFixture(dir);
             LoopbackHttp server = new LoopbackHttp().on("/slow", exchange -> {
                 received.countDown();
                 try {
                     release.await(60, TimeUnit.SECONDS);
                 } catch (InterruptedException e) {
                     Thread.currentThread().interrupt();
                 }
                 LoopbackHttp.reply(exchange, 200, "{}");
             })) {
            Permissions local = new Permissions(List.of(), List.of("127.0.0.1"), List.of(), false);
            Step slow = Step.of("fetch", new StepType.Http("GET", server.url("/slow"), Map.of(), null,
                    Duration.ofSeconds(60)));
            String flowId = fx.save(workflow("slow", local, RunPolicy.DEFAULT, slow));
            fx.runs().confirmPermissions(flowId);
            ActiveRun run = fx.runs().startManual(flowId, Map.of());
            assertThat(received.await(10, TimeUnit.SECONDS)).isTrue();

            run.cancel();
            RunRecord record = fx.await(run);

            assertThat(record.status()).isEqualTo(RunStatus.CANCELLED);
            release.countDown();
        }
    }
}
