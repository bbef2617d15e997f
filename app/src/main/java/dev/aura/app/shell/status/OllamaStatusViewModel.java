package dev.aura.app.shell.status;

import dev.aura.app.shell.i18n.ShellMessages;
import dev.aura.core.events.EventBus;
import dev.aura.core.ollama.OllamaHealth;
import dev.aura.core.ollama.OllamaStatus;
import dev.aura.core.ollama.OllamaStatusChanged;
import dev.aura.core.util.Subscription;
import java.time.Instant;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Ollama connection as the shell shows it: the status bar text and dot, and whether the onboarding panel is
 * needed. Fed by {@link OllamaHealth#current()} and {@link OllamaStatusChanged} events (which arrive on
 * background threads and are moved to the FX executor).
 */
public final class OllamaStatusViewModel implements AutoCloseable {
    public enum State { CHECKING, REACHABLE, UNREACHABLE }

    private final OllamaHealth health;
    private final ShellMessages messages;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.CHECKING);
    private final ReadOnlyObjectWrapper<OllamaStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper modelsText = new ReadOnlyStringWrapper(this, "modelsText", "");
    private final ReadOnlyStringWrapper tooltip = new ReadOnlyStringWrapper(this, "tooltip", "");
    private final ReadOnlyBooleanWrapper onboardingNeeded = new ReadOnlyBooleanWrapper(this, "onboardingNeeded");
    private final Subscription subscription;

    public OllamaStatusViewModel(OllamaHealth health, EventBus events, Executor fx, ShellMessages messages) {
        this.health = health;
        this.messages = messages;
        this.subscription = events.subscribe(OllamaStatusChanged.class, e -> fx.execute(() -> apply(e.status())));
        apply(health.current());
    }

    private void apply(OllamaStatus s) {
        String url = s.url() == null ? "" : s.url().toString();
        State next = s.reachable() ? State.REACHABLE
                : Instant.EPOCH.equals(s.checkedAt()) ? State.CHECKING : State.UNREACHABLE;
        status.set(s);
        text.set(switch (next) {
            case REACHABLE -> messages.format("status.ollama.reachable", s.version(), url);
            case UNREACHABLE -> messages.format("status.ollama.unreachable", url);
            case CHECKING -> messages.format("status.ollama.checking", url);
        });
        modelsText.set(next == State.REACHABLE ? messages.format("status.models", s.modelCount()) : "");
        tooltip.set(next == State.REACHABLE
                ? messages.format("status.ollama.tooltip.reachable", url)
                : messages.format("status.ollama.tooltip.unreachable", url, s.error() == null ? "" : s.error()));
        state.set(next);
        onboardingNeeded.set(next == State.UNREACHABLE);
    }

    /** Asks the monitor to check now; the answer comes back as an event. */
    public void retry() {
        health.checkNow();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OllamaStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modelsTextProperty() {
        return modelsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tooltipProperty() {
        return tooltip.getReadOnlyProperty();
    }

    /** True once a check has failed, false again as soon as Ollama answers. */
    public ReadOnlyBooleanProperty onboardingNeededProperty() {
        return onboardingNeeded.getReadOnlyProperty();
    }

    @Override
    public void close() {
        subscription.close();
    }
}
