package dev.aura.plugins.prompts.store;

import dev.aura.core.audit.AuditLog;
import dev.aura.core.store.Store;
import dev.aura.core.store.sync.SyncedRows;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardLabel;
import dev.aura.plugins.prompts.cards.CardNotFoundException;
import dev.aura.plugins.prompts.cards.CardStore;
import dev.aura.plugins.prompts.cards.CardSummary;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.store.CardRows.CardRow;
import dev.aura.plugins.prompts.store.CardRows.LabelRow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CardStore} in the plugin's synced tables: a card row with the latest version's title, description, tags and
 * search text, one immutable row per version, one row per label. Every write to a card first locks its row, so two
 * saves of one card (the window and a CLI import) get distinct version numbers.
 */
public final class JdbiCardStore implements CardStore {
    static final String LABEL_MOVED = "prompts.label-moved";
    static final String LABEL_REMOVED = "prompts.label-removed";

    private static final Logger LOG = LoggerFactory.getLogger(JdbiCardStore.class);

    private final Store store;
    private final AuditLog audit;
    private final Clock clock;
    private volatile boolean migrated;

    public JdbiCardStore(Store store, AuditLog audit, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Jdbi jdbi() {
        if (!migrated) {
            store.migrate(PromptsSchema.MIGRATIONS);
            migrated = true;
        }
        return store.jdbi();
    }

    @Override
    public List<CardSummary> list(String query, Set<String> tags) {
        String lowerQuery = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        Set<String> wanted = new LinkedHashSet<>();
        if (tags != null) {
            tags.stream().filter(Objects::nonNull).map(t -> t.strip().toLowerCase(Locale.ROOT))
                    .filter(t -> !t.isEmpty()).forEach(wanted::add);
        }
        return jdbi().withHandle(h -> {
            Map<UUID, Map<String, Integer>> labels = CardRows.labelsOfAllCards(h);
            List<CardSummary> cards = new ArrayList<>();
            for (CardRow row : CardRows.cards(h, lowerQuery)) {
                Set<String> has = new LinkedHashSet<>();
                row.tags().forEach(t -> has.add(t.strip().toLowerCase(Locale.ROOT)));
                if (has.containsAll(wanted)) {
                    cards.add(row.summary(labels.getOrDefault(row.id(), Map.of())));
                }
            }
            return cards;
        });
    }

    @Override
    public List<String> tags() {
        Set<String> tags = new LinkedHashSet<>();
        jdbi().withHandle(CardRows::allTagLists).forEach(json -> tags.addAll(CardRows.tags(json)));
        return tags.stream().sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())).toList();
    }

    @Override
    public Optional<CardSummary> find(String cardId) {
        Optional<UUID> id = StoredIds.parse(cardId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return jdbi().withHandle(h -> CardRows.card(h, id.get(), false).map(row -> summary(h, row)));
    }

    @Override
    public Optional<CardSummary> findByTitle(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        return jdbi().withHandle(h -> CardRows.cardsTitled(h, title).stream().findFirst()
                .map(row -> summary(h, row)));
    }

    private static CardSummary summary(Handle h, CardRow row) {
        Map<String, Integer> labels = new LinkedHashMap<>();
        CardRows.labels(h, row.id()).forEach(l -> labels.put(l.name(), l.version()));
        return row.summary(labels);
    }

    @Override
    public CardVersion create(CardContent content, String note) {
        requireTitle(content);
        Instant now = now();
        return jdbi().inTransaction(h -> {
            UUID id = SyncedRows.insert(h, CardRows.CARDS, CardRows.cardColumns(content, 1, now));
            return insertVersion(h, id, 1, CardContentJson.write(content), note, now);
        });
    }

    @Override
    public CardVersion save(String cardId, CardContent content, String note) {
        requireTitle(content);
        UUID id = idOf(cardId);
        return jdbi().inTransaction(h -> {
            CardRow card = lockCard(h, id, cardId);
            int highest = CardRows.highestVersion(h, id);
            String json = CardContentJson.write(content);
            if (highest > 0) {
                String latest = CardRows.versionJson(h, id, highest).orElse("");
                // equal records whose maps iterate in another order write other text: compare both ways
                if (latest.equals(json) || CardContentJson.read(latest).equals(content)) {
                    return CardRows.version(h, id, highest).orElseThrow();
                }
            }
            Instant now = now();
            SyncedRows.update(h, CardRows.CARDS, card.id(), CardRows.cardColumns(content, highest + 1, now));
            return insertVersion(h, id, highest + 1, json, note, now);
        });
    }

    private static CardVersion insertVersion(Handle h, UUID cardId, int number, String json, String note,
            Instant now) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("card_id", cardId);
        columns.put("version_number", number);
        columns.put("content", json);
        columns.put("note", note == null || note.isBlank() ? null : note.strip());
        columns.put("saved_at", CardRows.at(now));
        SyncedRows.insert(h, CardRows.VERSIONS, columns);
        return CardRows.version(h, cardId, number).orElseThrow();
    }

    @Override
    public CardVersion latest(String cardId) {
        UUID id = idOf(cardId);
        return jdbi().withHandle(h -> {
            requireCard(h, id, cardId);
            return CardRows.version(h, id, CardRows.highestVersion(h, id)).orElseThrow(() -> missing(cardId));
        });
    }

    @Override
    public Optional<CardVersion> version(String cardId, int number) {
        UUID id = idOf(cardId);
        return jdbi().withHandle(h -> {
            requireCard(h, id, cardId);
            return CardRows.version(h, id, number);
        });
    }

    @Override
    public List<CardVersion> versions(String cardId) {
        UUID id = idOf(cardId);
        return jdbi().withHandle(h -> {
            requireCard(h, id, cardId);
            return CardRows.versions(h, id);
        });
    }

    @Override
    public CardVersion restore(String cardId, int number) {
        CardVersion old = version(cardId, number).orElseThrow(() -> missingVersion(cardId, number));
        return save(cardId, old.content(), "restored from version " + number);
    }

    @Override
    public List<CardLabel> labels(String cardId) {
        UUID id = idOf(cardId);
        return jdbi().withHandle(h -> {
            requireCard(h, id, cardId);
            return CardRows.labels(h, id);
        });
    }

    @Override
    public CardLabel setLabel(String cardId, String label, int version) {
        String name = LabelNames.normalize(label);
        UUID id = idOf(cardId);
        record Moved(CardLabel label, String title, Integer previous, boolean changed) {}
        Moved moved = jdbi().inTransaction(h -> {
            CardRow card = lockCard(h, id, cardId);
            if (CardRows.versionJson(h, id, version).isEmpty()) {
                throw missingVersion(card, version, CardRows.highestVersion(h, id));
            }
            Optional<LabelRow> existing = CardRows.label(h, id, name);
            if (existing.isPresent() && existing.get().label().version() == version) {
                return new Moved(existing.get().label(), card.title(), version, false);
            }
            Instant now = now();
            CardRows.writeLabel(h, id, existing.map(LabelRow::id), name, version, now);
            return new Moved(new CardLabel(id.toString(), name, version, now), card.title(),
                    existing.map(e -> e.label().version()).orElse(null), true);
        });
        if (moved.changed()) {
            Map<String, Object> details = labelDetails(id, name, version);
            details.put("previousVersion", moved.previous());
            audit(LABEL_MOVED, moved.title(), details);
        }
        return moved.label();
    }

    @Override
    public void removeLabel(String cardId, String label) {
        String name = LabelNames.normalize(label);
        UUID id = idOf(cardId);
        record Removed(String title, int version) {}
        Optional<Removed> removed = jdbi().inTransaction(h -> {
            CardRow card = lockCard(h, id, cardId);
            Optional<LabelRow> existing = CardRows.label(h, id, name);
            existing.ifPresent(row -> SyncedRows.delete(h, CardRows.LABELS, row.id()));
            return existing.map(row -> new Removed(card.title(), row.label().version()));
        });
        removed.ifPresent(r -> audit(LABEL_REMOVED, r.title(), labelDetails(id, name, r.version())));
    }

    @Override
    public Optional<CardVersion> byLabel(String cardId, String label) {
        String name = LabelNames.normalize(label);
        UUID id = idOf(cardId);
        return jdbi().withHandle(h -> {
            requireCard(h, id, cardId);
            return CardRows.label(h, id, name).flatMap(row -> CardRows.version(h, id, row.label().version()));
        });
    }

    @Override
    public void delete(String cardId) {
        UUID id = idOf(cardId);
        boolean deleted = jdbi().inTransaction(h -> SyncedRows.delete(h, CardRows.CARDS, id));
        if (!deleted) {
            throw missing(cardId);
        }
    }

    private static Map<String, Object> labelDetails(UUID cardId, String label, int version) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("cardId", cardId.toString());
        details.put("label", label);
        details.put("version", version);
        return details;
    }

    /** Audit entries follow the committed change; a failed append is logged and never undoes the action. */
    private void audit(String action, String subject, Map<String, Object> details) {
        try {
            audit.append(action, subject, details);
        } catch (RuntimeException e) {
            LOG.warn("Could not audit {} of card '{}'", action, subject, e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void requireTitle(CardContent content) {
        Objects.requireNonNull(content, "content");
        if (content.title().isBlank()) {
            throw new IllegalArgumentException("A card needs a title. Type a title for the card, then save again.");
        }
    }

    private static CardRow lockCard(Handle h, UUID id, String cardId) {
        return CardRows.card(h, id, true).orElseThrow(() -> missing(cardId));
    }

    private static void requireCard(Handle h, UUID id, String cardId) {
        if (CardRows.card(h, id, false).isEmpty()) {
            throw missing(cardId);
        }
    }

    private static UUID idOf(String cardId) {
        return StoredIds.parse(cardId).orElseThrow(() -> missing(cardId));
    }

    private static CardNotFoundException missing(String cardId) {
        return new CardNotFoundException("There is no card with id '" + cardId + "': it was deleted or never saved. "
                + "Refresh the card list (or run 'aura cards list') and pick the card again.");
    }

    private CardNotFoundException missingVersion(String cardId, int number) {
        UUID id = idOf(cardId);
        return jdbi().withHandle(h -> missingVersion(CardRows.card(h, id, false).orElseThrow(() -> missing(cardId)),
                number, CardRows.highestVersion(h, id)));
    }

    private static CardNotFoundException missingVersion(CardRow card, int number, int highest) {
        return new CardNotFoundException("The card '" + card.title() + "' has no version " + number + "; its versions "
                + "are 1 to " + highest + ". Pick one of those from the card's history.");
    }
}
