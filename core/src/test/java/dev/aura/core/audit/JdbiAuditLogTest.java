package dev.aura.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.store.H2Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash-chained audit log in real H2: appending, paging, and tampering found at the first bad entry. */
class JdbiAuditLogTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456789Z");

    @TempDir
    Path dir;

    private H2Store db;
    private JdbiAuditLog log;

    @BeforeEach
    void open() {
        db = H2Store.open(dir.resolve("aura"));
        log = new JdbiAuditLog(db::jdbi, "somchai", "window", Clock.fixed(AT, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void appendedEntriesChainFromGenesisAndComeBackAsAppended() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("to", "dark");
        details.put("from", "light");

        AuditEntry first = log.append("settings.changed", "ui.theme", details);
        AuditEntry second = log.append("model.deleted", "llama3.2:3b", null);

        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.prevHash()).isEqualTo(AuditHashes.GENESIS);
        assertThat(first.at()).isEqualTo(Instant.parse("2026-03-01T10:15:30.123456Z"));
        assertThat(first.details()).isEqualTo("{\"from\":\"light\",\"to\":\"dark\"}");
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(second.details()).isEqualTo("{}");
        assertThat(log.page(Long.MAX_VALUE, 10)).containsExactly(second, first);
        assertThat(log.count()).isEqualTo(2);
        assertThat(log.verify()).isEqualTo(AuditVerification.ok(2));
    }

    @Test
    void pagesGoBackwardsFromTheGivenSeq() {
        for (int i = 1; i <= 5; i++) {
            log.append("chat.imported", "file-" + i + ".json", Map.of("conversations", i));
        }

        assertThat(log.page(Long.MAX_VALUE, 2)).extracting(AuditEntry::seq).containsExactly(5L, 4L);
        assertThat(log.page(4, 2)).extracting(AuditEntry::seq).containsExactly(3L, 2L);
        assertThat(log.page(2, 10)).extracting(AuditEntry::seq).containsExactly(1L);
        assertThat(log.page(Long.MAX_VALUE, 0)).isEmpty();
    }

    @Test
    void anEmptyLogVerifies() {
        assertThat(log.verify()).isEqualTo(AuditVerification.ok(0));
    }

    @Test
    void anAlteredFieldIsFoundAtItsEntry() {
        appendFive();
        sql("UPDATE audit_log SET subject = 'someone-else' WHERE seq = 3");

        AuditVerification result = log.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadSeq()).isEqualTo(3);
        assertThat(result.entriesChecked()).isEqualTo(2);
        assertThat(result.reason()).contains("entry 3 was altered");
    }

    @Test
    void aDeletedMiddleEntryIsNamed() {
        appendFive();
        sql("DELETE FROM audit_log WHERE seq = 2");

        AuditVerification result = log.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadSeq()).isEqualTo(2);
        assertThat(result.reason()).isEqualTo("entry 2 is missing");
    }

    @Test
    void deletedLastEntriesAreFoundThroughTheHead() {
        appendFive();
        sql("DELETE FROM audit_log WHERE seq >= 4");

        AuditVerification result = log.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadSeq()).isEqualTo(4);
        assertThat(result.entriesChecked()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo("entries 4 to 5 were removed");
    }

    @Test
    void anAlteredHashBreaksTheChainAtThatEntry() {
        appendFive();
        sql("UPDATE audit_log SET hash = '" + "f".repeat(64) + "' WHERE seq = 2");

        AuditVerification result = log.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadSeq()).isEqualTo(2);
        assertThat(result.reason()).contains("entry 2 was altered");
    }

    @Test
    void aRewrittenEntryWithARecomputedHashIsFoundByTheNextEntry() {
        appendFive();
        AuditEntry second = log.page(3, 1).getFirst();
        String forged = AuditHashes.hash(second.prevHash(), 2, second.at(), second.actor(), second.via(),
                second.action(), "forged", second.details());
        sql("UPDATE audit_log SET subject = 'forged', hash = '" + forged + "' WHERE seq = 2");

        AuditVerification result = log.verify();

        assertThat(result.firstBadSeq()).isEqualTo(3);
        assertThat(result.reason()).contains("does not follow entry 2");
    }

    @Test
    void anAlteredHeadIsReported() {
        appendFive();
        sql("UPDATE audit_head SET last_hash = '" + "0".repeat(64) + "'");

        AuditVerification result = log.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadSeq()).isEqualTo(5);
        assertThat(result.reason()).contains("head");
    }

    @Test
    void anEntryAppendedBehindTheLogsBackIsFoundThroughTheHead() {
        appendFive();
        AuditEntry last = log.page(Long.MAX_VALUE, 1).getFirst();
        String forged = AuditHashes.hash(last.hash(), 6, last.at(), "mallory", "sql", "settings.changed", "x", "{}");
        sql("INSERT INTO audit_log (seq, at, actor, via, action, subject, details, prev_hash, hash) VALUES (6, "
                + "TIMESTAMP WITH TIME ZONE '2026-03-01 10:15:30.123456+00', 'mallory', 'sql', 'settings.changed', "
                + "'x', '{}', '" + last.hash() + "', '" + forged + "')");

        AuditVerification result = log.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadSeq()).isEqualTo(6);
        assertThat(result.reason()).isEqualTo("entry 6 was added outside Aura: the chain's head ends at entry 5");
    }

    @Test
    void aRemovedHeadRecordIsReportedNotThrown() {
        appendFive();
        sql("DELETE FROM audit_head");

        AuditVerification result = log.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.entriesChecked()).isEqualTo(5);
        assertThat(result.firstBadSeq()).isEqualTo(6);
        assertThat(result.reason()).contains("head record is missing");
    }

    @Test
    void appendingContinuesAnExistingChainAfterReopening() {
        appendFive();
        db.close();
        db = H2Store.open(dir.resolve("aura"));
        JdbiAuditLog reopened = new JdbiAuditLog(db::jdbi, "cli");

        AuditEntry next = reopened.append("chat.trash.emptied", "trash", Map.of("conversations", 3));

        assertThat(next.seq()).isEqualTo(6);
        assertThat(next.via()).isEqualTo("cli");
        assertThat(reopened.verify()).isEqualTo(AuditVerification.ok(6));
    }

    private void appendFive() {
        for (int i = 1; i <= 5; i++) {
            log.append("settings.changed", "key." + i, Map.of("to", i));
        }
        assertThat(log.verify().intact()).isTrue();
    }

    private void sql(String statement) {
        db.jdbi().useHandle(h -> h.execute(statement));
    }
}
