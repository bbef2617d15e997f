package dev.aura.plugins.chat.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.tasks.CurrentThreadTaskRunner;
import dev.aura.core.tasks.Job;
import dev.aura.core.store.H2Store;
import dev.aura.core.testing.RecordingJobContext;
import dev.aura.plugins.chat.io.SampleArchives;
import dev.aura.plugins.chat.store.ArchiveStore;
import dev.aura.plugins.chat.store.ChatStoreFixture;
import dev.aura.plugins.chat.store.jdbi.JdbiArchiveStore;
import dev.aura.plugins.chat.search.MessageIndex.IndexHit;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexRebuildTest {
    @TempDir
    Path dir;

    @Test
    void replacesWhatTheIndexHeldWithWhatTheSourceFeeds() {
        UUID conversation = UUID.randomUUID();
        UUID message = UUID.randomUUID();
        try (LuceneMessageIndex index = LuceneMessageIndex.open(dir)) {
            index.putMessage(UUID.randomUUID(), UUID.randomUUID(), "stale text from a deleted conversation");
            RecordingJobContext context = new RecordingJobContext();

            long count = new IndexRebuild(index).run((sink, ctx) -> {
                sink.title(conversation, "Rebuilt title");
                sink.message(conversation, message, "rebuilt message");
                ctx.progress(1, "fed");
            }, context);

            assertThat(count).isEqualTo(2);
            assertThat(index.search("stale", 10)).isEmpty();
            assertThat(index.search("rebuilt", 10)).extracting(IndexHit::messageId)
                    .containsExactlyInAnyOrder(null, message);
            assertThat(context.messages()).contains("fed", "2 entries indexed");
        }
    }

    @Test
    void fromStoreFeedsEveryConversationWithProgress() {
        try (H2Store store = ChatStoreFixture.open(dir.resolve("db"));
                LuceneMessageIndex index = LuceneMessageIndex.open(dir.resolve("index"))) {
            ArchiveStore archives = new JdbiArchiveStore(store.jdbi());
            archives.importAll(List.of(SampleArchives.branched(), SampleArchives.failedOnly()));
            RecordingJobContext context = new RecordingJobContext();

            long count = new IndexRebuild(index).run(IndexRebuild.fromStore(archives), context);

            assertThat(count).isEqualTo(2 + 7);
            assertThat(index.search("chiang mai", 10)).hasSize(2);
            assertThat(index.search("ภาษาไทย", 10)).hasSize(1);
            assertThat(context.messages()).contains("1 / 2 conversations", "2 / 2 conversations");
        }
    }

    @Test
    void runsAsANamedJob() throws Exception {
        try (LuceneMessageIndex index = LuceneMessageIndex.open(dir);
                CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner()) {
            Job<Long> job = new IndexRebuild(index).start(tasks,
                    (sink, ctx) -> sink.title(UUID.randomUUID(), "only a title"));

            assertThat(job.name()).isEqualTo(IndexRebuild.JOB_NAME);
            assertThat(job.result().get()).isEqualTo(1L);
            assertThat(index.documentCount()).isEqualTo(1);
        }
    }
}
