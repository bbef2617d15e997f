package dev.aura.plugins.chat.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link MessageIndex} on Apache Lucene: one document per message and one per conversation title, in one text field
 * analyzed by {@link ChatAnalyzer} (Thai split into words). Writes go to one {@link IndexWriter}; a background thread
 * refreshes the near-real-time searcher (every 500 ms by default) and commits (every 5 s and on close), never per
 * write, since a commit per insert costs ~20 ms.
 */
public final class LuceneMessageIndex implements MessageIndex {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneMessageIndex.class);
    static final String KEY = "key";
    static final String CONVERSATION = "conversation";
    static final String MESSAGE = "message";
    static final String TEXT = "text";
    public static final Duration DEFAULT_REFRESH = Duration.ofMillis(500);
    public static final Duration DEFAULT_COMMIT = Duration.ofSeconds(5);

    private final Analyzer analyzer = new ChatAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean persistent;
    private final ScheduledExecutorService background;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LuceneMessageIndex(Path dir, Duration refreshEvery, Duration commitEvery) {
        IndexFiles.Opened opened = IndexFiles.open(dir, this::config, Clock.systemUTC());
        this.directory = opened.directory();
        this.writer = opened.writer();
        this.searchers = opened.searchers();
        this.persistent = opened.persistent();
        this.background = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("chat-index-refresh").daemon().factory());
        background.scheduleWithFixedDelay(this::refreshQuietly,
                refreshEvery.toMillis(), refreshEvery.toMillis(), TimeUnit.MILLISECONDS);
        background.scheduleWithFixedDelay(this::commitQuietly,
                commitEvery.toMillis(), commitEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Opens (or creates) the index in {@code dir}; never fails on a broken directory (see {@link IndexFiles}). */
    public static LuceneMessageIndex open(Path dir) {
        return open(dir, DEFAULT_REFRESH, DEFAULT_COMMIT);
    }

    public static LuceneMessageIndex open(Path dir, Duration refreshEvery, Duration commitEvery) {
        return new LuceneMessageIndex(dir, refreshEvery, commitEvery);
    }

    private IndexWriterConfig config() {
        return new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(48);
    }

    /** False when the directory could not be used and this run keeps its index in memory. */
    public boolean isPersistent() {
        return persistent;
    }

    @Override
    public void putMessage(UUID conversationId, UUID messageId, String text) {
        Document doc = new Document();
        String key = messageKey(messageId);
        doc.add(new StringField(KEY, key, Field.Store.NO));
        doc.add(new StringField(CONVERSATION, conversationId.toString(), Field.Store.YES));
        doc.add(new StoredField(MESSAGE, messageId.toString()));
        doc.add(new TextField(TEXT, text == null ? "" : text, Field.Store.YES));
        write(() -> writer.updateDocument(new Term(KEY, key), doc));
    }

    @Override
    public void putTitle(UUID conversationId, String title) {
        Document doc = new Document();
        String key = titleKey(conversationId);
        doc.add(new StringField(KEY, key, Field.Store.NO));
        doc.add(new StringField(CONVERSATION, conversationId.toString(), Field.Store.YES));
        doc.add(new TextField(TEXT, title == null ? "" : title, Field.Store.YES));
        write(() -> writer.updateDocument(new Term(KEY, key), doc));
    }

    @Override
    public void removeMessage(UUID messageId) {
        write(() -> writer.deleteDocuments(new Term(KEY, messageKey(messageId))));
    }

    @Override
    public void removeConversation(UUID conversationId) {
        write(() -> writer.deleteDocuments(new Term(CONVERSATION, conversationId.toString())));
    }

    /** Empties the index (before a rebuild from the store). */
    public void deleteAll() {
        write(writer::deleteAll);
    }

    @Override
    public List<IndexHit> search(String query, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        IndexSearcher searcher = acquire();
        try {
            SearchQuery parsed = SearchQuery.parse(query, TEXT, analyzer, word -> docFreq(searcher, word));
            if (parsed.query() == null) {
                return List.of();
            }
            TopDocs top = searcher.search(parsed.query(), limit);
            StoredFields stored = searcher.storedFields();
            List<IndexHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                Document doc = stored.document(scoreDoc.doc);
                String message = doc.get(MESSAGE);
                hits.add(new IndexHit(UUID.fromString(doc.get(CONVERSATION)),
                        message == null ? null : UUID.fromString(message),
                        Snippets.around(doc.get(TEXT), parsed, TEXT, analyzer), scoreDoc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("could not search the chat index", e);
        } finally {
            release(searcher);
        }
    }

    private static int docFreq(IndexSearcher searcher, String word) {
        try {
            return searcher.getIndexReader().docFreq(new Term(TEXT, word));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the chat index", e);
        }
    }

    @Override
    public long documentCount() {
        ensureOpen();
        return writer.getDocStats().numDocs;
    }

    /** Makes every write so far searchable now, instead of within the background refresh interval. */
    public void refresh() {
        try {
            ensureOpen();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("could not refresh the chat index", e);
        }
    }

    /** Writes every change so far to disk now (the background does it every few seconds). */
    public void commit() {
        try {
            ensureOpen();
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("could not commit the chat index", e);
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // never shutdownNow: interrupting a thread in the middle of Lucene's file I/O closes the channel and with it
        // the IndexWriter, losing what was not committed yet
        background.shutdown();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (directory; writer; searchers) {
            writer.commit();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save the chat search index on close; it is rebuilt from the conversations at the "
                    + "next start if it comes back short.", e);
        }
    }

    private IndexSearcher acquire() {
        ensureOpen();
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("could not open a chat index searcher", e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            LOG.debug("releasing a searcher", e);
        }
    }

    private void write(IndexWrite action) {
        ensureOpen();
        try {
            action.run();
        } catch (IOException e) {
            // the index is a copy of the store: a failed write must not fail the chat, a rebuild repairs it
            LOG.warn("Could not update the chat search index; search may miss recent changes until it is rebuilt. "
                    + "Check free disk space.", e);
        } catch (AlreadyClosedException e) {
            throw new IllegalStateException("the chat index is closed", e);
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the chat index is closed");
        }
    }

    private void refreshQuietly() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not refresh the chat search index", e);
        }
    }

    private void commitQuietly() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save the chat search index; retrying at the next interval", e);
        }
    }

    private static String messageKey(UUID messageId) {
        return "m:" + messageId;
    }

    private static String titleKey(UUID conversationId) {
        return "t:" + conversationId;
    }

    @FunctionalInterface
    private interface IndexWrite {
        void run() throws IOException;
    }
}
