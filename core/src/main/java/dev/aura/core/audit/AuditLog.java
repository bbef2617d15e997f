package dev.aura.core.audit;

import java.util.List;
import java.util.Map;

/** The append-only, hash-chained record of important actions. There is no way to edit or remove an entry. */
public interface AuditLog {
    /** Appends an entry (serialized across processes sharing the database) and returns it with its seq and hash. */
    AuditEntry append(String action, String subject, Map<String, ?> details);

    /** Newest first, entries with seq below {@code beforeSeq} ({@code Long.MAX_VALUE} for the newest). */
    List<AuditEntry> page(long beforeSeq, int limit);

    long count();

    /** Walks the whole chain in seq order and recomputes every hash. */
    AuditVerification verify();
}
