package dev.aura.core.audit;

import java.time.Instant;

/**
 * One audited action. {@code hash} is SHA-256 (hex) over {@code prevHash} and the entry's fields (see
 * {@link AuditHashes}); the first entry's {@code prevHash} is 64 zeros.
 *
 * @param actor   who: the OS user name
 * @param via     where from: "window", "cli", ...
 * @param action  what, as a dotted name: "settings.changed", "chat.imported", "model.deleted", "prompt.labelled"
 * @param subject what it was done to: a setting key, a file, a model, a card
 * @param details a JSON object with more, or "{}"
 */
public record AuditEntry(long seq, Instant at, String actor, String via, String action, String subject,
        String details, String prevHash, String hash) {}
