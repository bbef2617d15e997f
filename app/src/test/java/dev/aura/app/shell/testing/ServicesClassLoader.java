package dev.aura.app.shell.testing;

import dev.aura.plugins.api.AuraPlugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Makes ServiceLoader see exactly the given plugin classes (and not the bundled plugins on the test class path),
 * so the real PluginHost discovers test plugins. Classes still come from the parent loader.
 */
public final class ServicesClassLoader extends ClassLoader {
    private static final String SERVICES = "META-INF/services/" + AuraPlugin.class.getName();
    private final URL servicesFile;

    public ServicesClassLoader(Path dir, List<Class<? extends AuraPlugin>> plugins) {
        super(ServicesClassLoader.class.getClassLoader());
        try {
            Path file = Files.createDirectories(dir).resolve("services-" + System.nanoTime());
            Files.writeString(file, String.join("\n", plugins.stream().map(Class::getName).toList()) + "\n");
            this.servicesFile = file.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return SERVICES.equals(name) ? Collections.enumeration(List.of(servicesFile)) : super.getResources(name);
    }
}
