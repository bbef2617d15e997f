package dev.aura.app.plugins;

import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.PluginDescriptor;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds bundled plugins on the app's class path and third-party jars in the plugins folder, each jar with its own loader. */
final class PluginDiscovery {
    private static final Logger LOG = LoggerFactory.getLogger(PluginDiscovery.class);

    record Found(AuraPlugin plugin, PluginDescriptor descriptor, Path jar, Throwable failure) {}

    private PluginDiscovery() {}

    static List<Found> discover(ClassLoader appLoader, Path pluginsDir) {
        List<Found> found = new ArrayList<>(load(appLoader, null, null));
        for (Path jar : jars(pluginsDir)) {
            try {
                URLClassLoader loader = new URLClassLoader(jar.getFileName().toString(), new URL[] {jar.toUri().toURL()}, appLoader);
                found.addAll(load(loader, loader, jar));
            } catch (MalformedURLException e) {
                found.add(failed(jar.getFileName().toString(), jar, e));
            }
        }
        return found;
    }

    /** With {@code only} set, keeps providers defined by that loader (a jar's loader also sees the bundled ones). */
    private static List<Found> load(ClassLoader loader, ClassLoader only, Path jar) {
        List<Found> found = new ArrayList<>();
        var iterator = ServiceLoader.load(AuraPlugin.class, loader).stream().iterator();
        while (true) {
            ServiceLoader.Provider<AuraPlugin> provider;
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                provider = iterator.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                found.add(failed(jar == null ? "unknown" : jar.getFileName().toString(), jar, e));
                if (jar != null) {
                    break; // a broken jar's iterator cannot be trusted to advance
                }
                continue;
            }
            if (only != null && provider.type().getClassLoader() != only) {
                continue;
            }
            found.add(instantiate(provider, jar));
        }
        return found;
    }

    private static Found instantiate(ServiceLoader.Provider<AuraPlugin> provider, Path jar) {
        try {
            AuraPlugin plugin = provider.get();
            return new Found(plugin, plugin.descriptor(), jar, null);
        } catch (Exception | LinkageError | ServiceConfigurationError e) {
            LOG.warn("Plugin {} could not be created", provider.type().getName(), e);
            return failed(provider.type().getSimpleName(), jar, e);
        }
    }

    private static Found failed(String name, Path jar, Throwable cause) {
        String id = name.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.jar$", "").replaceAll("[^a-z0-9-]", "-")
                .replaceAll("^[^a-z]+", "");
        PluginDescriptor descriptor = new PluginDescriptor(id.isEmpty() ? "unknown" : id, name, "?",
                PluginDescriptor.SPI_VERSION, "fth-alert-triangle", Integer.MAX_VALUE);
        return new Found(null, descriptor, jar, cause);
    }

    private static List<Path> jars(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            LOG.warn("Cannot list plugins folder {}", dir, e);
            return List.of();
        }
    }
}
