package dev.aura.plugins.chat.search;

import dev.aura.core.tasks.Job;
import dev.aura.core.tasks.JobContext;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.ConversationArchive;
import dev.aura.plugins.chat.store.ArchiveStore;
import java.util.List;
import java.util.UUID;

/**
 * Refills the search index from the conversations, as a background job with progress: after the index was found
 * broken and moved aside, or when it holds far fewer documents than the store has messages. The index is emptied
 * first, so nothing deleted while it was out of date survives.
 */
public final class IndexRebuild {
    public static final String JOB_NAME = "Rebuilding the chat search index";

    private final LuceneMessageIndex index;

    public IndexRebuild(LuceneMessageIndex index) {
        this.index = index;
    }

    /** Where the rebuild takes the texts from; {@link #fromStore} adapts the archive store. */
    @FunctionalInterface
    public interface Source {
        /** Feeds every title and message to the sink, reporting progress and stopping when cancelled. */
        void feed(Sink sink, JobContext context);
    }

    /** What a source feeds. */
    public interface Sink {
        void title(UUID conversationId, String title);

        void message(UUID conversationId, UUID messageId, String text);
    }

    /** Every conversation the store lists (not the trash), one archive at a time. */
    public static Source fromStore(ArchiveStore store) {
        return (sink, context) -> {
            List<UUID> ids = store.allConversationIds();
            for (int i = 0; i < ids.size(); i++) {
                context.throwIfCancelled();
                ConversationArchive archive = store.load(ids.get(i));
                if (archive == null) {
                    continue; // deleted since the list was read
                }
                sink.title(archive.conversation().id(), archive.conversation().title());
                for (ChatMessage message : archive.messages()) {
                    sink.message(message.conversationId(), message.id(), message.content());
                }
                context.progress((i + 1) / (double) ids.size(), (i + 1) + " / " + ids.size() + " conversations");
            }
        };
    }

    /** Starts the rebuild on the task runner; the job's result is the number of documents indexed. */
    public Job<Long> start(TaskRunner tasks, Source source) {
        return tasks.submit(JOB_NAME, context -> run(source, context));
    }

    /** Runs the rebuild on the calling thread. */
    public long run(Source source, JobContext context) {
        context.progress(-1, "Emptying the index");
        index.deleteAll();
        long[] count = {0};
        source.feed(new Sink() {
            @Override
            public void title(UUID conversationId, String title) {
                index.putTitle(conversationId, title);
                count[0]++;
            }

            @Override
            public void message(UUID conversationId, UUID messageId, String text) {
                index.putMessage(conversationId, messageId, text);
                count[0]++;
            }
        }, context);
        index.commit();
        index.refresh();
        context.progress(1, count[0] + " entries indexed");
        return count[0];
    }
}
