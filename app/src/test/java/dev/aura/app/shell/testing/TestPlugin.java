package dev.aura.app.shell.testing;

import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.api.PluginDescriptor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** A small panel plugin for shell tests; records its lifecycle calls. */
public abstract class TestPlugin implements AuraPlugin {
    public final List<String> calls = new CopyOnWriteArrayList<>();
    /** While true the plugin vetoes closing the window, like a run in progress. */
    public volatile boolean busy;
    protected PluginContext context;
    private final PluginDescriptor descriptor;

    protected TestPlugin(String id, String name, String icon, int order) {
        this.descriptor = new PluginDescriptor(id, name, "1.0." + order, PluginDescriptor.SPI_VERSION, icon, order);
    }

    @Override
    public PluginDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public void start(PluginContext context) throws Exception {
        this.context = context;
        calls.add("start");
    }

    @Override
    public Node createView() {
        calls.add("createView");
        Label label = new Label(descriptor.name() + " panel");
        label.setId(descriptor.id() + "-view-label");
        StackPane pane = new StackPane(label);
        pane.setId(descriptor.id() + "-view");
        return pane;
    }

    @Override
    public void activate() {
        calls.add("activate");
    }

    @Override
    public void deactivate() {
        calls.add("deactivate");
    }

    @Override
    public boolean canClose() {
        return !busy;
    }

    public PluginContext context() {
        return context;
    }
}
