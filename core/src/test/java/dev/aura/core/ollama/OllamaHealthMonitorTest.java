package dev.aura.core.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.events.EventBus;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.util.Subscription;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OllamaHealthMonitorTest {
    private final FakeOllamaServer fake = new FakeOllamaServer().addModel("llama3.2:3b");
    private final List<OllamaStatus> published = new CopyOnWriteArrayList<>();
    private final EventBus bus = new EventBus() {
        @Override
        public void publish(Object event) {
            if (event instanceof OllamaStatusChanged changed) {
                published.add(changed.status());
            }
        }

        @Override
        public <E> Subscription subscribe(Class<E> type, Consumer<? super E> handler) {
            throw new UnsupportedOperationException("not needed by the monitor");
        }
    };
    private final OllamaConnection connection = new OllamaConnection(fake.url());
    private OllamaHealthMonitor monitor;

    @AfterEach
    void tearDown() {
        if (monitor != null) {
            monitor.close();
        }
        fake.close();
    }

    @Test
    void statusFlipsDownAndUpWhenOllamaStopsAndStartsOnTheSamePort() throws Exception {
        monitor = new OllamaHealthMonitor(connection, bus, Duration.ofMillis(100));
        monitor.checkNow();
        OllamaStatus up = await(OllamaStatus::reachable);
        assertThat(up.version()).isEqualTo("0.12.6");
        assertThat(up.modelCount()).isEqualTo(1);
        assertThat(up.url()).isEqualTo(fake.url());

        fake.stop();
        OllamaStatus down = await(s -> !s.reachable());
        assertThat(down.error()).contains("ollama serve");

        fake.start();
        await(s -> s.reachable() && published.indexOf(s) > published.indexOf(down));
        assertThat(monitor.current().reachable()).isTrue();
    }

    @Test
    void nothingIsPolledUntilSomeoneAsks() throws Exception {
        monitor = new OllamaHealthMonitor(connection, bus, Duration.ofMillis(20));
        Thread.sleep(200);
        assertThat(fake.requests()).isEmpty();
        assertThat(published).isEmpty();

        monitor.current();
        assertThat(await(OllamaStatus::reachable).modelCount()).isEqualTo(1);
    }

    @Test
    void onlyChangesArePublished() throws Exception {
        monitor = new OllamaHealthMonitor(connection, bus, Duration.ofMillis(50));
        monitor.checkNow();
        await(OllamaStatus::reachable);
        Thread.sleep(300);
        assertThat(published).hasSize(1);

        fake.addModel("qwen3:8b");
        monitor.checkNow();

        assertThat(await(s -> s.modelCount() == 2).reachable()).isTrue();
        assertThat(published).hasSize(2);
    }

    private OllamaStatus await(Predicate<OllamaStatus> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (OllamaStatus s : published) {
                if (condition.test(s)) {
                    return s;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no matching status was published; got " + published);
    }
}
