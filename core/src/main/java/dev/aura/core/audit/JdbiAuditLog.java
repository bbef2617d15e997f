package dev.aura.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.aura.core.util.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link AuditLog} in {@code audit_log}. Appends lock the single {@code audit_head} row, so the window and a CLI run
 * sharing the database never fork the chain.
 */
public final class JdbiAuditLog implements AuditLog {
    private final Supplier<Jdbi> jdbi;
    private final String actor;
    private final String via;
    private final Clock clock;

    public JdbiAuditLog(Supplier<Jdbi> jdbi, String actor, String via, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi);
        this.actor = actor == null || actor.isBlank() ? "unknown" : actor;
        this.via = Objects.requireNonNull(via);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The OS user, at the system clock. */
    public JdbiAuditLog(Supplier<Jdbi> jdbi, String via) {
        this(jdbi, System.getProperty("user.name"), via, Clock.systemUTC());
    }

    @Override
    public AuditEntry append(String action, String subject, Map<String, ?> details) {
        Objects.requireNonNull(action, "action");
        String json = toJson(details);
        String subj = subject == null ? "" : subject;
        return jdbi.get().inTransaction(h -> {
            Map<String, Object> head = h.createQuery(
                            "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                    .mapToMap().one();
            long seq = ((Number) head.get("last_seq")).longValue() + 1;
            String prev = (String) head.get("last_hash");
            Instant at = AuditHashes.micros(clock.instant());
            String hash = AuditHashes.hash(prev, seq, at, actor, via, action, subj, json);
            h.createUpdate("""
                            INSERT INTO audit_log (seq, at, actor, via, action, subject, details, prev_hash, hash)
                            VALUES (:seq, :at, :actor, :via, :action, :subject, :details, :prev, :hash)""")
                    .bind("seq", seq).bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .bind("actor", actor).bind("via", via).bind("action", action).bind("subject", subj)
                    .bind("details", json).bind("prev", prev).bind("hash", hash)
                    .execute();
            h.createUpdate("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                    .bind("seq", seq).bind("hash", hash).execute();
            return new AuditEntry(seq, at, actor, via, action, subj, json, prev, hash);
        });
    }

    @Override
    public List<AuditEntry> page(long beforeSeq, int limit) {
        return jdbi.get().withHandle(h -> h.createQuery(
                        "SELECT * FROM audit_log WHERE seq < :before ORDER BY seq DESC LIMIT :limit")
                .bind("before", beforeSeq).bind("limit", Math.max(0, limit))
                .map(JdbiAuditLog::map).list());
    }

    @Override
    public long count() {
        return jdbi.get().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log").mapTo(Long.class).one());
    }

    @Override
    public AuditVerification verify() {
        return jdbi.get().withHandle(h -> {
            // a removed head row is tampering too: report it after walking the chain, never fail the check
            Map<String, Object> head = h.createQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
                    .mapToMap().findOne().orElse(null);
            long expectedSeq = 1;
            String prev = AuditHashes.GENESIS;
            long checked = 0;
            try (ResultIterator<AuditEntry> it = h.createQuery("SELECT * FROM audit_log ORDER BY seq")
                    .setFetchSize(500).map(JdbiAuditLog::map).iterator()) {
                while (it.hasNext()) {
                    AuditEntry e = it.next();
                    if (e.seq() != expectedSeq) {
                        return AuditVerification.broken(checked, expectedSeq, e.seq() > expectedSeq
                                ? "entry " + expectedSeq + " is missing"
                                : "entry " + e.seq() + " is out of order");
                    }
                    if (!e.prevHash().equals(prev)) {
                        return AuditVerification.broken(checked, e.seq(), "entry " + e.seq()
                                + " does not follow entry " + (e.seq() - 1) + ": its previous hash differs");
                    }
                    if (!AuditHashes.verifies(e)) {
                        return AuditVerification.broken(checked, e.seq(),
                                "entry " + e.seq() + " was altered: its hash does not match its content");
                    }
                    prev = e.hash();
                    expectedSeq++;
                    checked++;
                }
            }
            long last = expectedSeq - 1;
            if (head == null) {
                return AuditVerification.broken(checked, last + 1,
                        "the chain's head record is missing, so removed entries after entry " + last
                                + " cannot be ruled out");
            }
            long headSeq = ((Number) head.get("last_seq")).longValue();
            String headHash = (String) head.get("last_hash");
            if (headSeq > last) {
                return AuditVerification.broken(checked, last + 1, span(last + 1, headSeq) + " removed");
            }
            if (headSeq < last) {
                return AuditVerification.broken(checked, headSeq + 1, span(headSeq + 1, last)
                        + " added outside Aura: the chain's head ends at entry " + headSeq);
            }
            if (!headHash.equals(prev)) {
                return AuditVerification.broken(checked, last,
                        "the chain's head does not match entry " + last + ": the head record was altered");
            }
            return AuditVerification.ok(checked);
        });
    }

    private static String span(long first, long last) {
        return first == last ? "entry " + first + " was" : "entries " + first + " to " + last + " were";
    }

    private static AuditEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("via"), rs.getString("action"), rs.getString("subject"),
                rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static String toJson(Map<String, ?> details) {
        try {
            return Json.MAPPER.writeValueAsString(details == null ? Map.of() : new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details must be plain JSON values", e);
        }
    }
}
