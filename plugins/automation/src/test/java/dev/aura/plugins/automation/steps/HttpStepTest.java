package dev.aura.plugins.automation.steps;

import static dev.aura.plugins.automation.engine.RunnerFixture.START;
import static dev.aura.plugins.automation.engine.RunnerFixture.runner;
import static dev.aura.plugins.automation.engine.RunnerFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.automation.engine.LoopbackHttp;
import dev.aura.plugins.automation.engine.ManualScheduler;
import dev.aura.plugins.automation.engine.RunListener;
import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.engine.StepRecord;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.RetryPolicy;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpStepTest {
    private static final Permissions LOCAL = new Permissions(List.of(), List.of("127.0.0.1"), List.of(), false);

    private final LoopbackHttp server = new LoopbackHttp();
    private final ManualScheduler scheduler = new ManualScheduler(START);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void tearDown() {
        release.countDown();
        server.close();
    }

    private static Step get(String id, String url) {
        return Step.of(id, new StepType.Http("GET", url, Map.of(), null, null));
    }

    @Test
    void responseJsonFeedsLaterSteps() {
        server.on("/post", exchange -> LoopbackHttp.reply(exchange, 200, "{\"title\": \"Hello\"}"));

        RunRecord run = runner(scheduler).run(workflow(LOCAL, Map.of(),
                get("fetch", server.url("/post")),
                Step.of("title", new StepType.Transform("{{ steps.fetch.json.title }}!", null, null))), Map.of(),
                RunListener.NONE);

        assertThat(run.step("fetch").orElseThrow().output()).containsEntry("status", 200);
        assertThat(run.step("title").orElseThrow().output()).containsEntry("text", "Hello!");
    }

    @Test
    void postSendsTheRenderedBodyAndHeaders() {
        StringBuilder received = new StringBuilder();
        server.on("/echo", exchange -> {
            received.append(exchange.getRequestHeaders().getFirst("X-Who")).append(' ')
                    .append(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            LoopbackHttp.reply(exchange, 201, "{}");
        });

        RunRecord run = runner(scheduler).run(workflow(LOCAL, Map.of("who", "Ann"),
                Step.of("send", new StepType.Http("post", server.url("/echo"), Map.of("X-Who", "{{ vars.who }}"),
                        "{\"name\": \"{{ vars.who }}\"}", null))), Map.of(), RunListener.NONE);

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(received.toString()).isEqualTo("Ann {\"name\": \"Ann\"}");
    }

    @Test
    void hostOutsideTheAllowedListIsRefusedWithoutARequest() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/x", exchange -> {
            calls.incrementAndGet();
            LoopbackHttp.reply(exchange, 200, "{}");
        });
        String viaLocalhost = server.url("/x").replace("127.0.0.1", "localhost");

        RunRecord run = runner(scheduler).run(workflow(LOCAL, Map.of(),
                get("fetch", viaLocalhost).withRetry(new RetryPolicy(3, Duration.ofSeconds(1)))), Map.of(),
                RunListener.NONE);

        StepRecord step = run.step("fetch").orElseThrow();
        assertThat(step.error()).contains("may not reach localhost").contains("allowed hosts");
        assertThat(step.attempts()).isEqualTo(1);
        assertThat(calls).hasValue(0);
    }

    @Test
    void aFailedRequestKeepsItsUrlAndTheServersAnswerForTheHistory() {
        server.on("/broken", exchange -> LoopbackHttp.reply(exchange, 500, "{\"error\": \"disk full\"}"));

        RunRecord run = runner(scheduler).run(workflow(LOCAL, Map.of(), get("fetch", server.url("/broken"))),
                Map.of(), RunListener.NONE);

        StepRecord step = run.step("fetch").orElseThrow();
        assertThat(step.error()).contains("answered HTTP 500");
        assertThat(step.inputs()).containsEntry("url", server.url("/broken"));
        assertThat(step.output()).containsEntry("status", 500).containsEntry("text", "{\"error\": \"disk full\"}");
    }

    @Test
    void failedRequestsAreRetriedWithExponentialBackoff() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/flaky", exchange -> LoopbackHttp.reply(exchange, calls.incrementAndGet() < 4 ? 503 : 200, "{}"));

        RunRecord run = runner(scheduler).run(workflow(LOCAL, Map.of(),
                get("fetch", server.url("/flaky")).withRetry(new RetryPolicy(5, Duration.ofSeconds(2)))), Map.of(),
                RunListener.NONE);

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.step("fetch").orElseThrow().attempts()).isEqualTo(4);
        assertThat(scheduler.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    }

    @Test
    void stepThatExceedsItsTimeoutFailsWithAClearError() {
        server.on("/slow", exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackHttp.reply(exchange, 200, "{}");
        });

        RunRecord run = runner(scheduler).run(workflow(LOCAL, Map.of(),
                get("fetch", server.url("/slow")).withTimeout(Duration.ofMillis(200))), Map.of(), RunListener.NONE);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.step("fetch").orElseThrow().error()).contains("did not finish within 200 ms");
    }
}
