package dev.aura.plugins.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.testing.FakeModel;
import dev.aura.core.testing.FakeOllamaServer;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI path must not need JavaFX: run it in a class loader from which JavaFX and its UI libraries are removed. */
class HeadlessWithoutJavaFxTest {
    private final FakeOllamaServer ollama = new FakeOllamaServer();

    @TempDir
    Path dir;

    @AfterEach
    void stopOllama() {
        ollama.close();
    }

    @Test
    void modelsCommandsRunWithoutJavaFx() throws Exception {
        ollama.addModel("llama3.2");
        ollama.publish(FakeModel.named("gemma3"));

        try (URLClassLoader withoutFx = new URLClassLoader(classPathWithoutFx(), ClassLoader.getPlatformClassLoader())) {
            Class<?> scenario = withoutFx.loadClass(HeadlessCliScenario.class.getName());
            var run = scenario.getMethod("run", String.class, String.class, String[].class);

            String list = (String) run.invoke(null, ollama.url().toString(), dir.toString(),
                    new String[] {"models", "list"});
            String pull = (String) run.invoke(null, ollama.url().toString(), dir.toString(),
                    new String[] {"models", "pull", "gemma3"});

            assertThat(list).startsWith("0\n").contains("llama3.2:latest");
            assertThat(pull).startsWith("0\n").contains("gemma3 is ready to use.");
        }
    }

    private static URL[] classPathWithoutFx() {
        // surefire may start the JVM through a manifest-only jar; it keeps the real test class path here
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> {
                    String e = entry.toLowerCase(Locale.ROOT);
                    return !e.contains("openjfx") && !e.contains("javafx") && !e.contains("atlantafx")
                            && !e.contains("ikonli") && !e.contains("testfx");
                })
                .map(HeadlessWithoutJavaFxTest::url)
                .toArray(URL[]::new);
    }

    private static URL url(String entry) {
        try {
            return new File(entry).toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }
}
