package dev.aura.plugins.chat.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LazyMessageIndexTest {
    @TempDir
    Path dir;

    @Test
    void theIndexOpensOnFirstUseOnlyAndClosingAnUnusedOneTouchesNothing() {
        AtomicInteger opened = new AtomicInteger();
        Path indexDir = dir.resolve("chat-index");
        LazyMessageIndex unused = new LazyMessageIndex(() -> {
            opened.incrementAndGet();
            return LuceneMessageIndex.open(indexDir);
        });
        unused.close();
        assertThat(opened).hasValue(0);
        assertThat(Files.exists(indexDir)).isFalse();

        try (LazyMessageIndex used = new LazyMessageIndex(() -> {
            opened.incrementAndGet();
            return LuceneMessageIndex.open(indexDir);
        })) {
            UUID conversation = UUID.randomUUID();
            used.putTitle(conversation, "Trip to Chiang Mai");
            used.putMessage(conversation, UUID.randomUUID(), "book the night train");
            assertThat(used.isOpen()).isTrue();
            assertThat(used.documentCount()).isEqualTo(2);
        }
        assertThat(opened).hasValue(1);
        assertThatThrownBy(() -> unused.search("train", 5)).isInstanceOf(IllegalStateException.class);
    }
}
