package dev.aura.core.testing;

import dev.aura.core.audit.AuditEntry;
import dev.aura.core.audit.AuditHashes;
import dev.aura.core.audit.AuditLog;
import dev.aura.core.audit.AuditVerification;
import dev.aura.core.util.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An {@link AuditLog} in memory with the real hash chain, for tests that check what gets audited. */
public final class InMemoryAuditLog implements AuditLog {
    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized AuditEntry append(String action, String subject, Map<String, ?> details) {
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(details == null ? Map.of() : new TreeMap<>(details));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        long seq = entries.size() + 1;
        String prev = entries.isEmpty() ? AuditHashes.GENESIS : entries.getLast().hash();
        Instant at = AuditHashes.micros(Instant.now());
        String s = subject == null ? "" : subject;
        AuditEntry e = new AuditEntry(seq, at, "tester", "test", action, s, json, prev,
                AuditHashes.hash(prev, seq, at, "tester", "test", action, s, json));
        entries.add(e);
        return e;
    }

    @Override
    public synchronized List<AuditEntry> page(long beforeSeq, int limit) {
        return entries.reversed().stream().filter(e -> e.seq() < beforeSeq).limit(limit).toList();
    }

    @Override
    public synchronized long count() {
        return entries.size();
    }

    @Override
    public synchronized AuditVerification verify() {
        String prev = AuditHashes.GENESIS;
        for (AuditEntry e : entries) {
            if (!e.prevHash().equals(prev) || !AuditHashes.verifies(e)) {
                return AuditVerification.broken(e.seq() - 1, e.seq(), "entry " + e.seq() + " does not verify");
            }
            prev = e.hash();
        }
        return AuditVerification.ok(entries.size());
    }

    /** Everything appended, oldest first. */
    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }
}
