package dev.aura.core.store.sync;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** This database's node id for {@link HybridLogicalClock}, created once and kept in {@code sync_meta}. */
public final class NodeIds {
    static final String NODE_ID_KEY = "node_id";
    private static final Logger LOG = LoggerFactory.getLogger(NodeIds.class);

    private NodeIds() {}

    /** Reads the node id, creating a random 64-bit one on first use. Runs in its own transaction. */
    public static String loadOrCreate(Handle handle) {
        return handle.inTransaction(h -> {
            var existing = h.createQuery("SELECT meta_value FROM sync_meta WHERE meta_key = ?")
                    .bind(0, NODE_ID_KEY).mapTo(String.class).findOne();
            if (existing.isPresent()) {
                return existing.get();
            }
            byte[] bytes = new byte[8];
            new SecureRandom().nextBytes(bytes);
            String created = HexFormat.of().formatHex(bytes);
            try {
                h.createUpdate("INSERT INTO sync_meta (meta_key, meta_value) VALUES (?, ?)")
                        .bind(0, NODE_ID_KEY).bind(1, created).execute();
            } catch (UnableToExecuteStatementException e) {
                // Another process (the CLI next to the window) created it first: use theirs.
                LOG.debug("node id created concurrently, re-reading", e);
            }
            return h.createQuery("SELECT meta_value FROM sync_meta WHERE meta_key = ?")
                    .bind(0, NODE_ID_KEY).mapTo(String.class).one();
        });
    }

    /** The highest version in {@code change_log}, to restart the clock after it; null for an empty log. */
    public static String lastVersion(Handle handle) {
        return handle.createQuery("SELECT MAX(version) FROM change_log").mapTo(String.class).one();
    }
}
