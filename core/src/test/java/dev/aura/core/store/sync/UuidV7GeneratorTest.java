package dev.aura.core.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UuidV7GeneratorTest {
    private static final long T0 = Instant.parse("2026-11-22T08:00:00Z").toEpochMilli();

    @Test
    void newIdHasVersion7VariantBitsAndTheCurrentTime() {
        Instant before = Instant.now().minusMillis(1);
        UUID id = Ids.newId();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(Ids.timestampOf(id)).isBetween(before, Instant.now().plusMillis(1));
    }

    @Test
    void idsMadeInTheSameMillisecondSortInCreationOrder() {
        UuidV7Generator generator = new UuidV7Generator(() -> Instant.ofEpochMilli(T0), new Random(1));

        List<UUID> ids = generate(generator, 5_000);

        assertThat(ids).allMatch(id -> Ids.timestampOf(id).toEpochMilli() == T0);
        assertStrictlyIncreasing(ids);
    }

    @Test
    void idsStayOrderedWhenTheWallClockGoesBackwards() {
        AtomicLong now = new AtomicLong(T0);
        UuidV7Generator generator = new UuidV7Generator(() -> Instant.ofEpochMilli(now.get()), new Random(2));

        List<UUID> ids = new ArrayList<>(generate(generator, 3));
        now.set(T0 - 60_000);
        ids.addAll(generate(generator, 3));
        now.set(T0 + 5);
        ids.addAll(generate(generator, 3));

        assertStrictlyIncreasing(ids);
        assertThat(Ids.timestampOf(ids.getLast()).toEpochMilli()).isEqualTo(T0 + 5);
    }

    private static List<UUID> generate(UuidV7Generator generator, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(generator.next());
        }
        return ids;
    }

    private static void assertStrictlyIncreasing(List<UUID> ids) {
        for (int i = 1; i < ids.size(); i++) {
            UUID previous = ids.get(i - 1);
            UUID id = ids.get(i);
            // Both the text form (what the database and sync compare) and UUID.compareTo must agree.
            assertThat(id.toString()).as("id %d", i).isGreaterThan(previous.toString());
            assertThat(id).as("id %d", i).isGreaterThan(previous);
        }
    }
}
