package dev.aura.plugins.prompts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.core.audit.AuditEntry;
import dev.aura.core.audit.AuditLog;
import dev.aura.core.audit.AuditVerification;
import dev.aura.plugins.prompts.cards.CardLabel;
import dev.aura.plugins.prompts.cards.CardNotFoundException;
import dev.aura.plugins.prompts.cards.CardVersion;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardLabelsTest {
    @TempDir
    Path dir;

    PromptsStoreFixture db;
    String cardId;

    @BeforeEach
    void open() {
        db = PromptsStoreFixture.open(dir);
        CardVersion v1 = db.cards().create(PromptsStoreFixture.sampleCard(), null);
        cardId = v1.cardId();
        db.cards().save(cardId, v1.content().withTitle("Support reply, take 2"), null);
        db.cards().save(cardId, v1.content().withTitle("Support reply, take 3"), null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void labelsPointAtVersionsAndMove() {
        db.cards().setLabel(cardId, CardLabel.PRODUCTION, 1);
        db.cards().setLabel(cardId, CardLabel.STAGING, 3);

        CardLabel moved = db.cards().setLabel(cardId, CardLabel.PRODUCTION, 2);

        assertThat(moved.version()).isEqualTo(2);
        assertThat(db.cards().labels(cardId)).extracting(CardLabel::name, CardLabel::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("production", 2),
                        org.assertj.core.groups.Tuple.tuple("staging", 3));
        assertThat(db.cards().byLabel(cardId, "production").orElseThrow().number()).isEqualTo(2);
        assertThat(db.cards().find(cardId).orElseThrow().labels()).isEqualTo(Map.of("production", 2, "staging", 3));
        assertThat(db.cards().list(null, Set.of()).getFirst().labels()).isEqualTo(Map.of("production", 2,
                "staging", 3));
    }

    @Test
    void movingALabelIsAuditedWithThePreviousVersion() {
        db.cards().setLabel(cardId, "production", 1);
        db.cards().setLabel(cardId, "production", 3);
        db.cards().setLabel(cardId, "production", 3);

        List<AuditEntry> entries = db.audit().entries();
        assertThat(entries).hasSize(2).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo("prompts.label-moved");
            assertThat(e.subject()).isEqualTo("Support reply, take 3");
        });
        assertThat(entries.get(0).details()).contains("\"label\":\"production\"", "\"version\":1",
                "\"previousVersion\":null");
        assertThat(entries.get(1).details()).contains("\"version\":3", "\"previousVersion\":1");
    }

    @Test
    void removedLabelsAreGoneAndCanBeSetAgain() {
        db.cards().setLabel(cardId, "staging", 2);

        db.cards().removeLabel(cardId, "staging");

        assertThat(db.cards().labels(cardId)).isEmpty();
        assertThat(db.cards().byLabel(cardId, "staging")).isEmpty();
        assertThat(db.audit().entries().getLast().action()).isEqualTo("prompts.label-removed");
        db.cards().setLabel(cardId, "staging", 1);
        assertThat(db.cards().byLabel(cardId, "staging").orElseThrow().number()).isEqualTo(1);
    }

    @Test
    void labelNamesAreTrimmedAndLowerCasedAndMustFollowTheRule() {
        CardLabel label = db.cards().setLabel(cardId, "  Canary-2.b_x ", 1);

        assertThat(label.name()).isEqualTo("canary-2.b_x");
        assertThat(db.cards().byLabel(cardId, "CANARY-2.B_X")).isPresent();
        for (String bad : List.of("", "   ", "has space", "ลาเบล", "a/b", "x".repeat(41))) {
            assertThatThrownBy(() -> db.cards().setLabel(cardId, bad, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1 to 40 lower-case letters a-z, digits, dots, underscores or hyphens");
        }
        assertThat(db.cards().setLabel(cardId, "x".repeat(40), 1).name()).hasSize(40);
    }

    @Test
    void aLabelCannotPointAtAVersionThatDoesNotExist() {
        assertThatThrownBy(() -> db.cards().setLabel(cardId, "production", 4))
                .isInstanceOf(CardNotFoundException.class)
                .hasMessageContaining("has no version 4").hasMessageContaining("1 to 3");
        assertThat(db.cards().labels(cardId)).isEmpty();
        assertThat(db.audit().entries()).isEmpty();
    }

    @Test
    void aFailingAuditLogNeverUndoesTheMove() {
        AuditLog broken = new AuditLog() {
            @Override
            public AuditEntry append(String action, String subject, Map<String, ?> details) {
                throw new IllegalStateException("audit table is locked");
            }

            @Override
            public List<AuditEntry> page(long beforeSeq, int limit) {
                return List.of();
            }

            @Override
            public long count() {
                return 0;
            }

            @Override
            public AuditVerification verify() {
                return AuditVerification.ok(0);
            }
        };
        JdbiCardStore cards = new JdbiCardStore(db.store(), broken, Clock.systemUTC());

        cards.setLabel(cardId, "production", 2);

        assertThat(cards.byLabel(cardId, "production").orElseThrow().number()).isEqualTo(2);
    }
}
