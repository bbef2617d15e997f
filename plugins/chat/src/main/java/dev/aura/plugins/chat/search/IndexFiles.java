package dev.aura.plugins.chat.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the index directory so that a broken one never stops the app: the index is only a copy of what H2 holds, so
 * a corrupt or unreadable directory is moved aside and replaced by an empty index the caller rebuilds from the store.
 */
final class IndexFiles {
    private static final Logger LOG = LoggerFactory.getLogger(IndexFiles.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    /** A writer and the near-real-time searchers over it. */
    record Opened(Directory directory, IndexWriter writer, SearcherManager searchers, boolean persistent) {}

    private IndexFiles() {}

    static Opened open(Path dir, IndexWriterConfigFactory configs, Clock clock) {
        try {
            return openOn(FSDirectory.open(createDirectories(dir)), configs, true);
        } catch (LockObtainFailedException e) {
            // another Aura process (same profile) owns it: moving it aside would break that one
            LOG.warn("The search index {} is in use by another Aura process; search in this one covers only what "
                    + "changes from now on. Close the other process to share the index.", dir, e);
            return inMemory(configs);
        } catch (IOException | RuntimeException e) {
            Path aside = dir.resolveSibling(dir.getFileName() + ".broken-" + STAMP.format(clock.instant()));
            LOG.warn("The search index {} could not be opened ({}); it was moved to {} and search starts empty "
                    + "until it is rebuilt from the conversations.", dir, e.toString(), aside, e);
            try {
                Files.move(dir, aside);
                return openOn(FSDirectory.open(createDirectories(dir)), configs, true);
            } catch (IOException | RuntimeException again) {
                LOG.warn("Could not recreate the search index in {}; search keeps its index in memory for this run. "
                        + "Check the data folder's permissions and free space.", dir, again);
                return inMemory(configs);
            }
        }
    }

    private static Opened inMemory(IndexWriterConfigFactory configs) {
        try {
            return openOn(new ByteBuffersDirectory(), configs, false);
        } catch (IOException e) {
            throw new IllegalStateException("could not create an in-memory search index", e);
        }
    }

    private static Path createDirectories(Path dir) throws IOException {
        return Files.createDirectories(dir);
    }

    private static Opened openOn(Directory directory, IndexWriterConfigFactory configs, boolean persistent)
            throws IOException {
        IndexWriter writer = null;
        try {
            writer = new IndexWriter(directory, configs.create());
            SearcherManager searchers = new SearcherManager(writer, null);
            return new Opened(directory, writer, searchers, persistent);
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                closeQuietly(writer::rollback);
            }
            closeQuietly(directory);
            throw e;
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("closing after a failed open", e);
        }
    }

    /** A fresh config per writer: Lucene refuses to share one between writers. */
    @FunctionalInterface
    interface IndexWriterConfigFactory {
        IndexWriterConfig create();
    }
}
