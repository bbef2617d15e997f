package dev.aura.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashesTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void fieldsAreLengthPrefixedSoShiftingTextBetweenThemChangesTheHash() {
        String one = AuditHashes.hash(AuditHashes.GENESIS, 1, AT, "a", "cli", "chat.imported", "ab", "{}");
        String shifted = AuditHashes.hash(AuditHashes.GENESIS, 1, AT, "a", "cli", "chat.importeda", "b", "{}");

        assertThat(one).hasSize(64).isNotEqualTo(shifted);
    }

    @Test
    void timesAreHashedAtMicrosecondPrecision() {
        Instant nanos = Instant.parse("2026-03-01T10:00:00.123456789Z");

        assertThat(AuditHashes.hash(AuditHashes.GENESIS, 1, nanos, "a", "cli", "x", "s", "{}"))
                .isEqualTo(AuditHashes.hash(AuditHashes.GENESIS, 1, AuditHashes.micros(nanos), "a", "cli", "x", "s",
                        "{}"));
    }

    @Test
    void anEntryVerifiesOnlyWithItsOwnHash() {
        String hash = AuditHashes.hash(AuditHashes.GENESIS, 1, AT, "a", "cli", "x", "s", "{}");
        AuditEntry entry = new AuditEntry(1, AT, "a", "cli", "x", "s", "{}", AuditHashes.GENESIS, hash);

        assertThat(AuditHashes.verifies(entry)).isTrue();
        assertThat(AuditHashes.verifies(new AuditEntry(2, AT, "a", "cli", "x", "s", "{}", AuditHashes.GENESIS, hash)))
                .isFalse();
    }
}
