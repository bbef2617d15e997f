package dev.aura.plugins.prompts.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.core.store.sync.SyncedRows;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardLabel;
import dev.aura.plugins.prompts.cards.CardSummary;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.cards.PromptVariant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Reads of the card tables, shared by the store's methods; every read skips tombstoned rows. */
final class CardRows {
    static final String CARDS = "prompt_card";
    static final String VERSIONS = "prompt_card_version";
    static final String LABELS = "prompt_card_label";

    private static final String CARD_COLUMNS = "id, title, description, tags, latest_version, saved_at";

    private CardRows() {}

    /** The denormalized card row the list shows. */
    record CardRow(UUID id, String title, String description, List<String> tags, int latestVersion,
            Instant savedAt) {
        CardSummary summary(Map<String, Integer> labels) {
            return new CardSummary(id.toString(), title, description, tags, latestVersion, labels, savedAt);
        }
    }

    static Optional<CardRow> card(Handle h, UUID id, boolean lock) {
        return h.createQuery("SELECT " + CARD_COLUMNS + " FROM prompt_card WHERE id = :id AND deleted = FALSE"
                        + (lock ? " FOR UPDATE" : ""))
                .bind("id", id).map((rs, ctx) -> card(rs)).findOne();
    }

    /** Live cards, most recently saved first; {@code lowerQuery} (already lower-case) filters the search text. */
    static List<CardRow> cards(Handle h, String lowerQuery) {
        boolean search = !lowerQuery.isEmpty();
        var query = h.createQuery("SELECT " + CARD_COLUMNS + " FROM prompt_card WHERE deleted = FALSE"
                + (search ? " AND search_text LIKE :pattern ESCAPE '\\'" : "")
                + " ORDER BY saved_at DESC, version DESC");
        if (search) {
            query.bind("pattern", "%" + likeEscaped(lowerQuery) + "%");
        }
        return query.map((rs, ctx) -> card(rs)).list();
    }

    static List<CardRow> cardsTitled(Handle h, String title) {
        return h.createQuery("SELECT " + CARD_COLUMNS + " FROM prompt_card WHERE deleted = FALSE "
                        + "AND LOWER(title) = :title ORDER BY saved_at DESC, version DESC")
                .bind("title", title.strip().toLowerCase(Locale.ROOT)).map((rs, ctx) -> card(rs)).list();
    }

    static List<String> allTagLists(Handle h) {
        return h.createQuery("SELECT tags FROM prompt_card WHERE deleted = FALSE").mapTo(String.class).list();
    }

    private static CardRow card(ResultSet rs) throws SQLException {
        return new CardRow(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
                tags(rs.getString("tags")), rs.getInt("latest_version"), instant(rs, "saved_at"));
    }

    static Optional<CardVersion> version(Handle h, UUID cardId, int number) {
        return h.createQuery("SELECT version_number, content, note, saved_at FROM prompt_card_version "
                        + "WHERE card_id = :card AND version_number = :number AND deleted = FALSE")
                .bind("card", cardId).bind("number", number)
                .map((rs, ctx) -> version(cardId, rs)).findFirst();
    }

    static Optional<String> versionJson(Handle h, UUID cardId, int number) {
        return h.createQuery("SELECT content FROM prompt_card_version "
                        + "WHERE card_id = :card AND version_number = :number AND deleted = FALSE")
                .bind("card", cardId).bind("number", number).mapTo(String.class).findFirst();
    }

    static List<CardVersion> versions(Handle h, UUID cardId) {
        return h.createQuery("SELECT version_number, content, note, saved_at FROM prompt_card_version "
                        + "WHERE card_id = :card AND deleted = FALSE ORDER BY version_number DESC")
                .bind("card", cardId).map((rs, ctx) -> version(cardId, rs)).list();
    }

    static int highestVersion(Handle h, UUID cardId) {
        return h.createQuery("SELECT COALESCE(MAX(version_number), 0) FROM prompt_card_version "
                        + "WHERE card_id = :card AND deleted = FALSE")
                .bind("card", cardId).mapTo(Integer.class).one();
    }

    private static CardVersion version(UUID cardId, ResultSet rs) throws SQLException {
        return new CardVersion(cardId.toString(), rs.getInt("version_number"),
                CardContentJson.read(rs.getString("content")), instant(rs, "saved_at"), rs.getString("note"));
    }

    /** A live label row: its id and where it points. */
    record LabelRow(UUID id, CardLabel label) {}

    static Optional<LabelRow> label(Handle h, UUID cardId, String name) {
        return h.createQuery("SELECT id, name, version_number, moved_at FROM prompt_card_label "
                        + "WHERE card_id = :card AND name = :name AND deleted = FALSE ORDER BY moved_at DESC")
                .bind("card", cardId).bind("name", name)
                .map((rs, ctx) -> new LabelRow(rs.getObject("id", UUID.class), label(cardId, rs))).findFirst();
    }

    static List<CardLabel> labels(Handle h, UUID cardId) {
        return h.createQuery("SELECT name, version_number, moved_at FROM prompt_card_label "
                        + "WHERE card_id = :card AND deleted = FALSE ORDER BY name")
                .bind("card", cardId).map((rs, ctx) -> label(cardId, rs)).list();
    }

    /** Points label {@code name} at {@code version}: moves the live row {@code existing}, else writes a new one. */
    static void writeLabel(Handle h, UUID cardId, Optional<UUID> existing, String name, int version, Instant now) {
        Map<String, Object> columns = new LinkedHashMap<>();
        if (existing.isEmpty()) {
            columns.put("card_id", cardId);
            columns.put("name", name);
        }
        columns.put("version_number", version);
        columns.put("moved_at", at(now));
        if (existing.isPresent()) {
            SyncedRows.update(h, LABELS, existing.get(), columns);
        } else {
            SyncedRows.insert(h, LABELS, columns);
        }
    }

    /** Every live label of every live card: card id to (label name to version), names sorted. */
    static Map<UUID, Map<String, Integer>> labelsOfAllCards(Handle h) {
        Map<UUID, Map<String, Integer>> labels = new LinkedHashMap<>();
        h.createQuery("SELECT l.card_id, l.name, l.version_number FROM prompt_card_label l "
                        + "JOIN prompt_card c ON c.id = l.card_id "
                        + "WHERE l.deleted = FALSE AND c.deleted = FALSE ORDER BY l.card_id, l.name")
                .map((rs, ctx) -> new LabelRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)))
                .forEach(ref -> labels.computeIfAbsent(ref.cardId(), id -> new LinkedHashMap<>())
                        .put(ref.name(), ref.version()));
        return labels;
    }

    private record LabelRef(UUID cardId, String name, int version) {}

    private static CardLabel label(UUID cardId, ResultSet rs) throws SQLException {
        return new CardLabel(cardId.toString(), rs.getString("name"), rs.getInt("version_number"),
                instant(rs, "moved_at"));
    }

    /** The card row's columns for {@code content}: what the list shows and searches. */
    static Map<String, Object> cardColumns(CardContent content, int latestVersion, Instant savedAt) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("title", content.title().strip());
        columns.put("description", content.description());
        columns.put("tags", JsonTrees.write(JsonTrees.strings(content.tags())));
        columns.put("search_text", searchText(content));
        columns.put("latest_version", latestVersion);
        columns.put("saved_at", at(savedAt));
        return columns;
    }

    /** Title, description, tags and every template, lower-cased once so searches compare with LIKE. */
    static String searchText(CardContent content) {
        StringBuilder text = new StringBuilder(content.title()).append('\n').append(content.description());
        content.tags().forEach(tag -> text.append('\n').append(tag));
        for (PromptVariant variant : content.variants()) {
            text.append('\n').append(variant.template());
        }
        if (content.systemPrompt() != null) {
            text.append('\n').append(content.systemPrompt());
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    static List<String> tags(String json) {
        JsonNode node = JsonTrees.read(json, "tags of a card");
        return JsonTrees.strings(node);
    }

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
