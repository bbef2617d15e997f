package dev.aura.core.audit;

/**
 * The result of checking the chain. When broken, {@code firstBadSeq} names the first entry that does not verify
 * (altered, removed or inserted) and {@code reason} says how.
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBadSeq, String reason) {
    public static AuditVerification ok(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    public static AuditVerification broken(long checked, long seq, String reason) {
        return new AuditVerification(false, checked, seq, reason);
    }
}
