package dev.aura.app.plugins;

import dev.aura.core.AuraCore;
import dev.aura.core.settings.Settings;
import dev.aura.core.store.Store;
import dev.aura.core.util.Subscription;
import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.CorePluginContext;
import dev.aura.plugins.api.LinkOpener;
import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.api.PluginDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the plugins of one run: discovery, enable/disable, start/stop in order, and failure isolation. Every call into a
 * plugin goes through here and is wrapped so that a throwing plugin is marked FAILED while the others keep working.
 */
public final class PluginHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);
    static final String DISABLED_KEY = "host.disabledPlugins";

    private final List<LoadedPlugin> plugins;
    private final Settings settings;
    private final List<LoadedPlugin> startOrder = new ArrayList<>();
    private final List<Consumer<LoadedPlugin>> listeners = new CopyOnWriteArrayList<>();

    PluginHost(List<PluginDiscovery.Found> found, Settings settings) {
        this.settings = settings;
        Set<String> disabled = disabledIds();
        Set<String> seen = new HashSet<>();
        List<LoadedPlugin> list = new ArrayList<>();
        for (PluginDiscovery.Found f : found) {
            PluginDescriptor d = f.descriptor();
            if (f.failure() != null) {
                list.add(new LoadedPlugin(d, null, f.jar(), PluginState.FAILED, f.failure()));
            } else if (!seen.add(d.id())) {
                list.add(new LoadedPlugin(d, null, f.jar(), PluginState.FAILED,
                        new IllegalStateException("Another plugin already uses the id '" + d.id() + "'")));
            } else if (d.spiVersion() > PluginDescriptor.SPI_VERSION) {
                list.add(new LoadedPlugin(d, null, f.jar(), PluginState.FAILED, new IllegalStateException(
                        "Needs plugin SPI " + d.spiVersion() + "; this Aura provides " + PluginDescriptor.SPI_VERSION)));
            } else {
                PluginState state = disabled.contains(d.id()) ? PluginState.DISABLED : PluginState.LOADED;
                list.add(new LoadedPlugin(d, f.plugin(), f.jar(), state, null));
            }
        }
        list.sort(Comparator.comparingInt((LoadedPlugin p) -> p.descriptor().order()).thenComparing(LoadedPlugin::id));
        this.plugins = List.copyOf(list);
    }

    /** Bundled plugins from {@code appLoader}, then each jar in {@code pluginsDir} with its own class loader. */
    public static PluginHost discover(ClassLoader appLoader, Path pluginsDir, Settings settings) {
        return new PluginHost(PluginDiscovery.discover(appLoader, pluginsDir), settings);
    }

    /** In rail order. */
    public List<LoadedPlugin> plugins() {
        return plugins;
    }

    public Optional<LoadedPlugin> find(String id) {
        return plugins.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Started plugins, in rail order. */
    public List<LoadedPlugin> started() {
        return plugins.stream().filter(LoadedPlugin::isUsable).toList();
    }

    /** Migrates and starts each enabled plugin; a failure marks that plugin FAILED and the next one starts. */
    public void startAll(Store store, Function<PluginDescriptor, PluginContext> contexts) {
        for (LoadedPlugin p : plugins) {
            if (p.state() != PluginState.LOADED) {
                continue;
            }
            AuraPlugin plugin = p.plugin().orElseThrow();
            try {
                plugin.migrations().ifPresent(store::migrate);
                plugin.start(contexts.apply(p.descriptor()));
                startOrder.add(p);
                changed(p, PluginState.STARTED, null);
            } catch (Exception | LinkageError e) {
                fail(p, "start", e);
            }
        }
    }

    /**
     * The usual start: each plugin gets a context over {@code core} (its settings scoped to its id), the given
     * notifier and the UI language.
     */
    public void startAll(AuraCore core, Notifier notifier, Locale locale, boolean hasWindow) {
        startAll(core, notifier, locale, hasWindow, LinkOpener.NONE);
    }

    /** The window's start: plugins also get the desktop's link opener. */
    public void startAll(AuraCore core, Notifier notifier, Locale locale, boolean hasWindow, LinkOpener links) {
        startAll(core.store(), d -> new CorePluginContext(core, d, notifier, locale, hasWindow, links));
    }

    /** Stops started plugins in reverse start order. */
    public void stopAll() {
        for (int i = startOrder.size() - 1; i >= 0; i--) {
            LoadedPlugin p = startOrder.get(i);
            if (p.state() != PluginState.STARTED) {
                continue;
            }
            try {
                p.plugin().orElseThrow().stop();
                changed(p, PluginState.STOPPED, null);
            } catch (Exception | LinkageError e) {
                fail(p, "stop", e);
            }
        }
        startOrder.clear();
    }

    @Override
    public void close() {
        stopAll();
    }

    public Optional<Node> createView(LoadedPlugin p) {
        return call(p, "createView", AuraPlugin::createView);
    }

    public void activate(LoadedPlugin p) {
        call(p, "activate", plugin -> {
            plugin.activate();
            return Boolean.TRUE;
        });
    }

    public void deactivate(LoadedPlugin p) {
        call(p, "deactivate", plugin -> {
            plugin.deactivate();
            return Boolean.TRUE;
        });
    }

    /** False when any started plugin vetoes closing; a plugin that throws does not block closing. */
    public boolean canClose() {
        return started().stream().allMatch(p -> call(p, "canClose", AuraPlugin::canClose).orElse(true));
    }

    /** Calls into a started plugin; a throw marks it FAILED and yields empty. */
    public <R> Optional<R> call(LoadedPlugin p, String what, Function<AuraPlugin, R> action) {
        if (!p.isUsable()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(action.apply(p.plugin().orElseThrow()));
        } catch (Exception | LinkageError e) {
            fail(p, what, e);
            return Optional.empty();
        }
    }

    public boolean isEnabled(String id) {
        return !disabledIds().contains(id);
    }

    /** Persisted; takes effect at the next start. */
    public void setEnabled(String id, boolean enabled) {
        Set<String> disabled = new LinkedHashSet<>(disabledIds());
        if (enabled) {
            disabled.remove(id);
        } else {
            disabled.add(id);
        }
        settings.put(DISABLED_KEY, String.join(",", disabled));
    }

    public Subscription onStateChanged(Consumer<LoadedPlugin> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private Set<String> disabledIds() {
        return Arrays.stream(settings.get(DISABLED_KEY, "").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void fail(LoadedPlugin p, String what, Throwable e) {
        LOG.error("Plugin '{}' failed in {}", p.id(), what, e);
        changed(p, PluginState.FAILED, e);
    }

    private void changed(LoadedPlugin p, PluginState state, Throwable cause) {
        p.state(state, cause);
        for (Consumer<LoadedPlugin> listener : listeners) {
            try {
                listener.accept(p);
            } catch (RuntimeException e) {
                LOG.warn("Plugin state listener failed", e);
            }
        }
    }
}
