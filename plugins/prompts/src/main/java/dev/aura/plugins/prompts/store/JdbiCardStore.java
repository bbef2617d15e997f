package dev.aura.plugins.prompts.store;

import dev.aura.core.audit.AuditLog;
import dev.aura.core.store.Store;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardLabel;
import dev.aura.plugins.prompts.cards.CardStore;
import dev.aura.plugins.prompts.cards.CardSummary;
import dev.aura.plugins.prompts.cards.CardVersion;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** CONTRACT SKELETON (storage helper): cards, versions and labels in the plugin's synced tables. */
public final class JdbiCardStore implements CardStore {
    public JdbiCardStore(Store store, AuditLog audit, Clock clock) {
    }

    private static UnsupportedOperationException skeleton() {
        return new UnsupportedOperationException("contract skeleton: the storage helper implements this");
    }

    @Override public List<CardSummary> list(String query, Set<String> tags) { throw skeleton(); }
    @Override public List<String> tags() { throw skeleton(); }
    @Override public Optional<CardSummary> find(String cardId) { throw skeleton(); }
    @Override public Optional<CardSummary> findByTitle(String title) { throw skeleton(); }
    @Override public CardVersion create(CardContent content, String note) { throw skeleton(); }
    @Override public CardVersion save(String cardId, CardContent content, String note) { throw skeleton(); }
    @Override public CardVersion latest(String cardId) { throw skeleton(); }
    @Override public Optional<CardVersion> version(String cardId, int number) { throw skeleton(); }
    @Override public List<CardVersion> versions(String cardId) { throw skeleton(); }
    @Override public CardVersion restore(String cardId, int number) { throw skeleton(); }
    @Override public List<CardLabel> labels(String cardId) { throw skeleton(); }
    @Override public CardLabel setLabel(String cardId, String label, int version) { throw skeleton(); }
    @Override public void removeLabel(String cardId, String label) { throw skeleton(); }
    @Override public Optional<CardVersion> byLabel(String cardId, String label) { throw skeleton(); }
    @Override public void delete(String cardId) { throw skeleton(); }
}
