package dev.aura.app.shell.panels;

import dev.aura.app.plugins.LoadedPlugin;
import dev.aura.app.plugins.PluginHost;
import dev.aura.app.plugins.PluginState;
import dev.aura.core.settings.Settings;
import dev.aura.core.util.Subscription;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Which panels the rail shows (every plugin except disabled ones, in rail order) and which one is active. The
 * active panel is remembered as "ui.lastPanel". Plugin state changes (a panel failing) bump {@link #revision}.
 */
public final class NavigationViewModel implements AutoCloseable {
    public static final String LAST_PANEL_KEY = "ui.lastPanel";

    private final Settings settings;
    private final List<LoadedPlugin> entries;
    private final ReadOnlyObjectWrapper<LoadedPlugin> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final Subscription stateSubscription;

    public NavigationViewModel(PluginHost host, Settings settings, Executor fx) {
        this.settings = settings;
        this.entries = host.plugins().stream().filter(NavigationViewModel::shownInRail).toList();
        this.stateSubscription = host.onStateChanged(p -> fx.execute(() -> revision.set(revision.get() + 1)));
    }

    static boolean shownInRail(LoadedPlugin p) {
        return p.state() != PluginState.DISABLED;
    }

    public List<LoadedPlugin> entries() {
        return entries;
    }

    public ReadOnlyObjectProperty<LoadedPlugin> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Incremented (on the FX thread) whenever a plugin's state changes, so views can redraw its slot. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public Optional<LoadedPlugin> find(String id) {
        return entries.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public void select(LoadedPlugin plugin) {
        if (plugin == null || plugin == selected.get() || !entries.contains(plugin)) {
            return;
        }
        selected.set(plugin);
        settings.put(LAST_PANEL_KEY, plugin.id());
    }

    public void select(String id) {
        find(id).ifPresent(this::select);
    }

    /** The remembered panel, else the first started one, else the first in the rail. */
    public void selectInitial() {
        Optional<LoadedPlugin> initial = settings.get(LAST_PANEL_KEY).flatMap(this::find)
                .or(() -> entries.stream().filter(p -> p.state() == PluginState.STARTED).findFirst())
                .or(() -> entries.stream().findFirst());
        initial.ifPresent(p -> selected.set(p));
    }

    @Override
    public void close() {
        stateSubscription.close();
    }
}
