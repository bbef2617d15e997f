package dev.aura.plugins.prompts.cards;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cards, their versions and labels in H2 (synced tables). Every method runs on the calling thread and hits the
 * database: never call it on the FX thread. Methods that name a card that does not exist (or was deleted) throw
 * {@link CardNotFoundException}.
 */
public interface CardStore {
    /**
     * Cards whose title, description, tags or latest templates contain {@code query} (case-insensitive; blank matches
     * all) and that carry every tag in {@code tags}; most recently updated first.
     */
    List<CardSummary> list(String query, Set<String> tags);

    /** Every tag in use, sorted. */
    List<String> tags();

    Optional<CardSummary> find(String cardId);

    /** The card titled exactly {@code title} (case-insensitive), the newest when several share it: the CLI's names. */
    Optional<CardSummary> findByTitle(String title);

    /** A new card with {@code content} as version 1. */
    CardVersion create(CardContent content, String note);

    /**
     * Saves {@code content} as the next version. When it equals the latest version's content nothing is written and
     * the latest version is returned.
     */
    CardVersion save(String cardId, CardContent content, String note);

    CardVersion latest(String cardId);

    Optional<CardVersion> version(String cardId, int number);

    /** All versions, newest first. */
    List<CardVersion> versions(String cardId);

    /** Saves version {@code number}'s content as a new version noted "restored from version N". */
    CardVersion restore(String cardId, int number);

    /** Labels of the card, by name. */
    List<CardLabel> labels(String cardId);

    /** Points {@code label} at {@code version}, creating or moving it; appends to the audit log. */
    CardLabel setLabel(String cardId, String label, int version);

    void removeLabel(String cardId, String label);

    /** The version {@code label} points at. */
    Optional<CardVersion> byLabel(String cardId, String label);

    /** Moves the card to the trash (a tombstone; sync carries it). Its runs stay readable until purged. */
    void delete(String cardId);
}
