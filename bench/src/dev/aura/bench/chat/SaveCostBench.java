package dev.aura.bench.chat;

import dev.aura.core.store.H2Store;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationArchive;
import dev.aura.plugins.chat.model.MessageFigures;
import dev.aura.plugins.chat.model.MessageRole;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.store.AnswerWriter;
import dev.aura.plugins.chat.store.MessageRepository;
import dev.aura.plugins.chat.store.jdbi.ChatSchema;
import dev.aura.plugins.chat.store.jdbi.JdbiArchiveStore;
import dev.aura.plugins.chat.store.jdbi.JdbiConversationRepository;
import dev.aura.plugins.chat.store.jdbi.JdbiMessageRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The chat {@code save} benchmark (issue 3): what saving a streamed answer costs for the 1st and for the 5,000th
 * message of a conversation, in a real H2 store. A batch is one {@link AnswerWriter#flush()} of ~250 ms of tokens;
 * it must not grow with the conversation (target: at most 2 ms per batch). Also reports the one-time finish.
 *
 * <p>Arguments: {@code [work dir] [answers per case] [batches per answer]}; a temp dir by default.
 */
public final class SaveCostBench {
    private static final String BENCH = "chat";
    private static final int CONVERSATION_LENGTH = 5_000;
    private static final String BATCH = "Streaming tokens arrive a few at a time; ~250 ms of them at 40 tok/s. ".repeat(3);

    private SaveCostBench() {}

    public static void main(String[] args) throws Exception {
        Path work = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("aura-bench-chat");
        int answers = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int batches = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        try (H2Store store = H2Store.open(work.resolve("aura"))) {
            store.migrate(ChatSchema.MIGRATIONS);
            JdbiConversationRepository conversations = new JdbiConversationRepository(store.jdbi());
            MessageRepository messages = new JdbiMessageRepository(store.jdbi());

            log("building a conversation of " + (CONVERSATION_LENGTH - 1) + " messages");
            UUID longId = longConversation(store);
            List<ChatMessage> existing = messages.listByConversation(longId);
            UUID lastId = existing.getLast().id();
            log("it has " + existing.size() + " messages; each measured answer is message " + (existing.size() + 1));
            UUID empty = conversations.create(draft("first message")).id();
            UUID warmUp = conversations.create(draft("warm-up")).id();
            measure(messages, warmUp, null, answers, batches, new Samples(answers, batches));

            // one answer of each case in turn, so JIT warm-up and disk noise hit both alike
            Samples first = new Samples(answers, batches);
            Samples last = new Samples(answers, batches);
            for (int a = 0; a < answers; a++) {
                measure(messages, empty, null, 1, batches, first);
                measure(messages, longId, lastId, 1, batches, last);
            }

            print("save_batch_first_message_median", median(first.batchMicros) / 1000.0);
            print("save_batch_first_message_p95", p95(first.batchMicros) / 1000.0);
            print("save_batch_5000th_message_median", median(last.batchMicros) / 1000.0);
            print("save_batch_5000th_message_p95", p95(last.batchMicros) / 1000.0);
            print("save_finish_first_message_p95", p95(first.finishMicros) / 1000.0);
            print("save_finish_5000th_message_p95", p95(last.finishMicros) / 1000.0);
        }
    }

    /** Flush and finish times in µs, filled as answers are measured. */
    private static final class Samples {
        final long[] batchMicros;
        final long[] finishMicros;
        int batchCount;
        int finishCount;

        Samples(int answers, int batches) {
            batchMicros = new long[answers * batches];
            finishMicros = new long[answers];
        }
    }

    /** Streams {@code answers} answers of {@code batches} flushes each, timing every flush and every finish. */
    private static void measure(MessageRepository messages, UUID conversationId, UUID parentId, int answers,
            int batches, Samples into) {
        for (int a = 0; a < answers; a++) {
            AnswerWriter writer = messages.startAnswer(conversationId, parentId, "bench-model");
            for (int b = 0; b < batches; b++) {
                writer.append(BATCH);
                long start = System.nanoTime();
                writer.flush();
                into.batchMicros[into.batchCount++] = (System.nanoTime() - start) / 1000;
            }
            long start = System.nanoTime();
            writer.finish(MessageStatus.COMPLETE, MessageFigures.NONE, null, null);
            into.finishMicros[into.finishCount++] = (System.nanoTime() - start) / 1000;
        }
    }

    /** One import transaction: question and answer in turn, each the child of the one before (last: a question). */
    private static UUID longConversation(H2Store store) {
        List<ChatMessage> chain = new ArrayList<>(CONVERSATION_LENGTH);
        UUID parent = null;
        // the answers measured are the 5,000th message: 4,999 before them
        for (int i = 0; i < CONVERSATION_LENGTH - 1; i++) {
            UUID id = UUID.randomUUID();
            boolean question = i % 2 == 0;
            String text = question ? "Question " + i + ": how does this part work?" : BATCH.repeat(4);
            chain.add(new ChatMessage(id, null, parent, question ? MessageRole.USER : MessageRole.ASSISTANT, text,
                    MessageStatus.COMPLETE, question ? null : "bench-model", null, null, null, List.of(), null));
            parent = id;
        }
        return new JdbiArchiveStore(store.jdbi())
                .importAll(List.of(new ConversationArchive(draft("5,000 messages"), chain))).getFirst();
    }

    private static Conversation draft(String title) {
        return new Conversation(null, title, Conversation.TitleSource.USER, "bench-model", null, null, null, null,
                false, null, null, null, null);
    }

    private static double median(long[] values) {
        return percentile(values, 0.50);
    }

    private static double p95(long[] values) {
        return percentile(values, 0.95);
    }

    private static double percentile(long[] values, double fraction) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void print(String metric, double value) {
        System.out.println(String.format(Locale.ROOT, "{\"bench\":\"%s\",\"metric\":\"%s\",\"value\":%.3f,\"unit\":\"ms\"}",
                BENCH, metric, value));
        System.out.flush();
    }

    private static void log(String message) {
        System.err.println("bench: " + message);
    }
}
