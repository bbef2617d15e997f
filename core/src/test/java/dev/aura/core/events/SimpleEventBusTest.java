package dev.aura.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.util.Subscription;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimpleEventBusTest {
    record CardRunFinished(String card) {}

    record DocumentIndexed(String path) {}

    @Test
    void deliversOnlyEventsOfTheSubscribedType() {
        SimpleEventBus bus = new SimpleEventBus();
        List<String> cards = new ArrayList<>();
        bus.subscribe(CardRunFinished.class, e -> cards.add(e.card()));

        bus.publish(new DocumentIndexed("a.pdf"));
        bus.publish(new CardRunFinished("summarize"));

        assertThat(cards).containsExactly("summarize");
    }

    @Test
    void aFailingHandlerDoesNotStopTheOthersAndClosingUnsubscribes() {
        SimpleEventBus bus = new SimpleEventBus();
        List<Object> seen = new ArrayList<>();
        bus.subscribe(Object.class, e -> {
            throw new IllegalStateException("boom");
        });
        Subscription sub = bus.subscribe(Object.class, seen::add);

        bus.publish("first");
        sub.close();
        bus.publish("second");

        assertThat(seen).containsExactly("first");
    }
}
