package dev.aura.plugins.chat.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.aura.plugins.chat.search.MessageIndex.IndexHit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneMessageIndexTest {
    @TempDir
    Path dir;

    private LuceneMessageIndex index;
    private final UUID conversation = UUID.randomUUID();

    @BeforeEach
    void open() {
        index = LuceneMessageIndex.open(dir.resolve("chat-index"));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void findsMessagesCaseInsensitivelyWithTheirConversation() {
        UUID message = put("How do I configure the Ollama host?");
        put("Something else entirely");
        index.refresh();

        List<IndexHit> hits = index.search("ollama HOST", 10);

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.conversationId()).isEqualTo(conversation);
            assertThat(hit.messageId()).isEqualTo(message);
            assertThat(hit.snippet()).contains("Ollama host");
        });
    }

    @Test
    void findsThaiWordsInsideARunOfThaiText() {
        UUID message = put("ฉันชอบเรียนภาษาไทยมาก");
        index.refresh();

        assertThat(index.search("ภาษา", 10)).extracting(IndexHit::messageId).containsExactly(message);
        assertThat(index.search("ภาษาไทย", 10)).extracting(IndexHit::messageId).containsExactly(message);
        assertThat(index.search("ภาษา", 10).getFirst().snippet()).contains("ภาษา");
    }

    @Test
    void matchesTheLastWordAsAPrefixWhileTyping() {
        UUID message = put("Kubernetes deployments need readiness probes");
        index.refresh();

        assertThat(index.search("readiness pro", 10)).extracting(IndexHit::messageId).containsExactly(message);
        assertThat(index.search("readiness pro ", 10)).isEmpty();
    }

    @Test
    void aCommonFinishedWordIsNotExpandedToItsCompletions() {
        UUID theory = put("theory of everything");
        index.refresh();
        assertThat(index.search("the", 10)).extracting(IndexHit::messageId).containsExactly(theory);

        for (int i = 0; i < SearchQuery.FINISHED_WORD_DOC_FREQ; i++) {
            put("the cat number " + i);
        }
        index.refresh();

        int many = SearchQuery.FINISHED_WORD_DOC_FREQ;
        assertThat(index.search("the", 2 * many)).hasSize(many)
                .extracting(IndexHit::messageId).doesNotContain(theory);
        assertThat(index.search("theo", 10)).extracting(IndexHit::messageId).containsExactly(theory);
    }

    @Test
    void requiresEveryWordAndTreatsQuotesAsAPhrase() {
        UUID ordered = put("the quick brown fox");
        UUID reversed = put("the brown quick fox");
        index.refresh();

        assertThat(index.search("quick brown", 10)).extracting(IndexHit::messageId)
                .containsExactlyInAnyOrder(ordered, reversed);
        assertThat(index.search("\"quick brown\"", 10)).extracting(IndexHit::messageId).containsExactly(ordered);
        assertThat(index.search("quick zebra", 10)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "?", ":", "title:", "a AND OR NOT", "(((", "\\", "[1 TO", "~2^3", "-", "+",
            "/regex/", "{}", "", "   ", "\"unclosed phrase", "*:*", "&&||!"})
    void neverThrowsOnWhatAUserMightType(String query) {
        put("some text: with (punctuation) and \"quotes\"");
        index.refresh();

        assertThatCode(() -> index.search(query, 10)).doesNotThrowAnyException();
    }

    @Test
    void aPastedPageOfTextIsSearchedByItsFirstWords() {
        UUID message = put("alpha beta gamma");
        index.refresh();

        String page = "alpha beta " + "word ".repeat(SearchQuery.MAX_WORDS * 100);

        assertThatCode(() -> index.search(page, 10)).doesNotThrowAnyException();
        assertThat(index.search("alpha beta " + "gamma ".repeat(2000), 10)).extracting(IndexHit::messageId)
                .containsExactly(message);
    }

    @Test
    void findsTextAroundOperatorCharacters() {
        UUID message = put("error: connection refused (port 11434)");
        index.refresh();

        assertThat(index.search("error: \"connection", 10)).extracting(IndexHit::messageId).containsExactly(message);
        assertThat(index.search("11434)", 10)).extracting(IndexHit::messageId).containsExactly(message);
    }

    @Test
    void replacesAndRemovesMessages() {
        UUID message = put("first draft about llamas");
        index.putMessage(conversation, message, "second draft about alpacas");
        index.refresh();
        assertThat(index.search("llamas", 10)).isEmpty();
        assertThat(index.search("alpacas", 10)).extracting(IndexHit::messageId).containsExactly(message);

        index.removeMessage(message);
        index.refresh();
        assertThat(index.search("alpacas", 10)).isEmpty();
    }

    @Test
    void titleHitsHaveNoMessageAndRemovingAConversationRemovesEverything() {
        index.putTitle(conversation, "Trip planning for Chiang Mai");
        put("Chiang Mai has many temples");
        UUID other = UUID.randomUUID();
        index.putMessage(other, UUID.randomUUID(), "Chiang Mai in November");
        index.refresh();
        assertThat(index.search("chiang mai", 10)).hasSize(3)
                .anySatisfy(hit -> assertThat(hit.messageId()).isNull());
        assertThat(index.documentCount()).isEqualTo(3);

        index.removeConversation(conversation);
        index.refresh();

        assertThat(index.search("chiang mai", 10)).extracting(IndexHit::conversationId).containsExactly(other);
        assertThat(index.documentCount()).isEqualTo(1);
    }

    @Test
    void snippetIsOneShortLineAroundTheFirstHit() {
        String filler = "lorem ipsum dolor sit amet ".repeat(20);
        put(filler + "\n\nthe NEEDLE is here\nand more\n" + filler);
        index.refresh();

        String snippet = index.search("needle", 1).getFirst().snippet();

        assertThat(snippet).contains("NEEDLE is here and more").doesNotContain("\n")
                .startsWith("…").endsWith("…");
        assertThat(snippet.length()).isLessThanOrEqualTo(Snippets.MAX_CHARS + 2);
    }

    @Test
    void writesBecomeSearchableWithoutAnExplicitRefresh() throws InterruptedException {
        try (LuceneMessageIndex fast = LuceneMessageIndex.open(dir.resolve("fast"), Duration.ofMillis(50),
                Duration.ofSeconds(5))) {
            fast.putMessage(conversation, UUID.randomUUID(), "eventually visible");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (fast.search("eventually", 1).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(fast.search("eventually", 1)).hasSize(1);
        }
    }

    @Test
    void closeCommitsSoTheNextOpenStillFindsEverything() {
        UUID message = put("persisted across restarts");
        index.close();

        index = LuceneMessageIndex.open(dir.resolve("chat-index"));

        assertThat(index.documentCount()).isEqualTo(1);
        assertThat(index.search("restarts", 10)).extracting(IndexHit::messageId).containsExactly(message);
    }

    @Test
    void aCorruptIndexIsMovedAsideAndReplacedByAnEmptyOne() throws Exception {
        put("soon corrupt");
        index.close();
        Path indexDir = dir.resolve("chat-index");
        try (var files = Files.list(indexDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }

        index = LuceneMessageIndex.open(indexDir);

        assertThat(index.isPersistent()).isTrue();
        assertThat(index.documentCount()).isZero();
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("chat-index.broken-"));
        }
        UUID message = put("fresh start");
        index.refresh();
        assertThat(index.search("fresh", 10)).extracting(IndexHit::messageId).containsExactly(message);
    }

    @Test
    void aFileWhereTheDirectoryShouldBeDoesNotStopTheIndex() throws Exception {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "not a directory");

        try (LuceneMessageIndex recovered = LuceneMessageIndex.open(blocked)) {
            recovered.putMessage(conversation, UUID.randomUUID(), "works anyway");
            recovered.refresh();
            assertThat(recovered.search("works", 1)).hasSize(1);
            assertThat(Files.isDirectory(blocked)).isTrue();
        }
    }

    @Test
    void aSecondOpenOfTheSameDirectoryFallsBackToMemory() {
        try (LuceneMessageIndex second = LuceneMessageIndex.open(dir.resolve("chat-index"))) {
            assertThat(second.isPersistent()).isFalse();
            second.putMessage(conversation, UUID.randomUUID(), "kept in memory");
            second.refresh();
            assertThat(second.search("memory", 1)).hasSize(1);
        }
        assertThat(index.isPersistent()).isTrue();
    }

    private UUID put(String text) {
        UUID id = UUID.randomUUID();
        index.putMessage(conversation, id, text);
        return id;
    }
}
