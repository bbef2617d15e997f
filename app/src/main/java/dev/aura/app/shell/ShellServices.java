package dev.aura.app.shell;

import dev.aura.app.plugins.PluginHost;
import dev.aura.app.shell.notify.ForwardingNotifier;
import dev.aura.app.shell.support.DesktopLinks;
import dev.aura.core.AuraCore;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Node;

/**
 * What the window is built from: core, the started plugins, the notifier plugin contexts were given, and how to
 * open links. Outlives a window, so a rebuilt window (after a language change) reuses the plugins' views,
 * which {@link dev.aura.plugins.api.AuraPlugin#createView} creates only once.
 */
public final class ShellServices {
    private final AuraCore core;
    private final PluginHost plugins;
    private final ForwardingNotifier notifier;
    private final DesktopLinks links;
    private final Map<String, Node> pluginViews = new HashMap<>();

    /**
     * @param notifier the notifier passed to every plugin context (toasts once the window is up)
     */
    public ShellServices(AuraCore core, PluginHost plugins, ForwardingNotifier notifier, DesktopLinks links) {
        this.core = Objects.requireNonNull(core);
        this.plugins = Objects.requireNonNull(plugins);
        this.notifier = Objects.requireNonNull(notifier);
        this.links = Objects.requireNonNull(links);
    }

    public ShellServices(AuraCore core, PluginHost plugins, ForwardingNotifier notifier) {
        this(core, plugins, notifier, DesktopLinks.awt());
    }

    public ShellServices withLinks(DesktopLinks newLinks) {
        ShellServices copy = new ShellServices(core, plugins, notifier, newLinks);
        copy.pluginViews.putAll(pluginViews);
        return copy;
    }

    public AuraCore core() {
        return core;
    }

    public PluginHost plugins() {
        return plugins;
    }

    public ForwardingNotifier notifier() {
        return notifier;
    }

    public DesktopLinks links() {
        return links;
    }

    /** Views created so far, by plugin id; FX thread only. */
    public Map<String, Node> pluginViews() {
        return pluginViews;
    }
}
