package dev.aura.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The chain's hash: SHA-256 over the previous hash and every field of the entry, each length-prefixed so that no two
 * different entries hash the same text. Times are hashed at the microsecond precision the table keeps.
 */
public final class AuditHashes {
    public static final String GENESIS = "0".repeat(64);

    private AuditHashes() {}

    public static String hash(String prevHash, long seq, Instant at, String actor, String via, String action,
            String subject, String details) {
        StringBuilder text = new StringBuilder(256);
        for (String field : new String[] {prevHash, Long.toString(seq), micros(at).toString(), actor, via, action,
                subject, details}) {
            String value = field == null ? "" : field;
            text.append(value.length()).append(':').append(value).append('\n');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    public static boolean verifies(AuditEntry e) {
        return hash(e.prevHash(), e.seq(), e.at(), e.actor(), e.via(), e.action(), e.subject(), e.details())
                .equals(e.hash());
    }

    public static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
