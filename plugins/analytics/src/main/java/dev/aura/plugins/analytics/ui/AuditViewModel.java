package dev.aura.plugins.analytics.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.core.audit.AuditEntry;
import dev.aura.core.audit.AuditLog;
import dev.aura.core.audit.AuditVerification;
import dev.aura.plugins.analytics.Messages;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The audit log newest first, a page at a time, and the result of checking its hash chain. */
public final class AuditViewModel {
    static final int PAGE = 200;

    private final AuditLog audit;
    private final Background background;
    private final Messages messages;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper verifying = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<AuditVerification> verification = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long generation;

    public AuditViewModel(AuditLog audit, Background background, Messages messages) {
        this.audit = audit;
        this.background = background;
        this.messages = messages;
    }

    /** From the newest entry again (new entries may have been appended by any process). */
    public void reload() {
        generation++;
        entries.clear();
        complete.set(false);
        loading.set(false);
        loadMore();
    }

    public void loadMore() {
        if (loading.get() || complete.get()) {
            return;
        }
        long mine = generation;
        long before = entries.isEmpty() ? Long.MAX_VALUE : entries.getLast().seq();
        loading.set(true);
        background.run(messages.text("ui.job.audit"), job -> audit.page(before, PAGE), (List<AuditEntry> page) -> {
            if (mine != generation) {
                return;
            }
            entries.addAll(page);
            complete.set(page.size() < PAGE);
            loading.set(false);
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                error.set(messages.text("ui.error.audit", Background.describe(failure)));
            }
        });
    }

    /** Recomputes every hash of the chain in the background. */
    public void verify() {
        if (verifying.get()) {
            return;
        }
        verifying.set(true);
        verification.set(null);
        error.set("");
        background.run(messages.text("ui.job.verify"), job -> audit.verify(), result -> {
            verifying.set(false);
            verification.set(result);
        }, failure -> {
            verifying.set(false);
            error.set(messages.text("ui.error.verify", Background.describe(failure)));
        });
    }

    /** The verdict in words: intact with how many entries, or where and how the chain breaks. */
    public String verdict() {
        AuditVerification v = verification.get();
        if (v == null) {
            return "";
        }
        return v.intact() ? messages.text("ui.audit.intact", v.entriesChecked())
                : messages.text("ui.audit.broken", v.firstBadSeq(), v.reason());
    }

    public ObservableList<AuditEntry> entries() { return entries; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty verifyingProperty() { return verifying.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<AuditVerification> verificationProperty() {
        return verification.getReadOnlyProperty();
    }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
}
