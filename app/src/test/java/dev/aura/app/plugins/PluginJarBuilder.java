package dev.aura.app.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles a plugin class from source and packs it as a third-party plugin jar, as a user would drop one in. */
final class PluginJarBuilder {
    private PluginJarBuilder() {}

    static Path build(Path workDir, String jarName, String className, String source, Path... extraClasspath)
            throws IOException {
        Path src = workDir.resolve("src-" + jarName);
        Path classes = workDir.resolve("classes-" + jarName);
        Path file = src.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.createDirectories(classes);
        Files.writeString(file, source);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int rc = compiler.run(null, null, null, "-proc:none", "-d", classes.toString(),
                "-cp", classpath(extraClasspath), file.toString());
        if (rc != 0) {
            throw new IllegalStateException("test plugin did not compile: " + className);
        }

        Path jar = workDir.resolve(jarName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> walk = Files.walk(classes)) {
            for (Path cls : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(cls).toString().replace('\\', '/')));
                Files.copy(cls, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/dev.aura.plugins.api.AuraPlugin"));
            write(out, className + "\n");
            out.closeEntry();
        }
        return jar;
    }

    private static String classpath(Path... extra) {
        StringBuilder cp = new StringBuilder(System.getProperty("java.class.path"));
        for (Path p : extra) {
            cp.append(java.io.File.pathSeparator).append(p);
        }
        return cp.toString();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    static String plugin(String pkg, String simpleName, String id, String startBody) {
        return String.join("\n", List.of(
                "package " + pkg + ";",
                "import dev.aura.plugins.api.*;",
                "public class " + simpleName + " implements AuraPlugin {",
                "  public static int stops;",
                "  public PluginDescriptor descriptor() {",
                "    return new PluginDescriptor(\"" + id + "\", \"" + simpleName + "\", \"1.2.3\", 1, \"fth-star\", 50);",
                "  }",
                "  public void start(PluginContext ctx) throws Exception { " + startBody + " }",
                "  public void stop() { stops++; }",
                "  public javafx.scene.Node createView() { throw new IllegalStateException(\"no view in this test\"); }",
                "}"));
    }
}
