package dev.aura.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The jlinked Java runtime: the JDK modules the app needs plus JavaFX as modules. The Maven Central JavaFX jars carry
 * their native libraries inside; they are moved out of the module into the runtime's library folder, where JavaFX
 * looks first, so nothing is unpacked into the user's home at start.
 */
final class RuntimeImageBuilder {
    private final PackagingOptions options;
    private final Platform platform = Platform.current();

    RuntimeImageBuilder(PackagingOptions options) {
        this.options = options;
    }

    Path build() throws IOException {
        Path modules = options.out().resolve("javafx-modules");
        Path natives = options.out().resolve("javafx-natives");
        Path runtime = options.out().resolve("runtime");
        Tools.deleteRecursively(modules);
        Tools.deleteRecursively(natives);
        Tools.deleteRecursively(runtime);
        Files.createDirectories(modules);
        Files.createDirectories(natives);

        for (Path jar : modularJavaFxJars(options.deps())) {
            Path copy = Files.copy(jar, modules.resolve(jar.getFileName()));
            moveNativeLibraries(copy, natives);
        }
        List<String> javafxModules = ModuleFinder.of(modules).findAll().stream()
                .map(ModuleReference::descriptor).map(d -> d.name()).sorted().toList();
        if (javafxModules.isEmpty()) {
            throw new IllegalStateException("No JavaFX modular jars (javafx-*-<platform>.jar) in " + options.deps()
                    + ". Build with Maven so the platform JavaFX jars are copied there.");
        }

        List<String> addModules = new ArrayList<>(options.jdkModules());
        addModules.addAll(javafxModules);
        List<String> args = new ArrayList<>(List.of(
                "--module-path", modules.toString(),
                "--add-modules", String.join(",", addModules),
                "--include-locales=" + options.locales(),
                "--no-header-files", "--no-man-pages",
                "--generate-cds-archive",
                "--output", runtime.toString()));
        if (platform == Platform.LINUX && Tools.onPath("objcopy")) {
            // --strip-debug plus native symbols (libjvm.so ships unstripped); jlink refuses both flags together
            args.addAll(List.of("--strip-java-debug-attributes", "--strip-native-debug-symbols=exclude-debuginfo-files"));
        } else {
            args.add("--strip-debug");
        }
        Tools.run("jlink", args);

        Path libDir = platform.nativeLibDir(runtime);
        try (Stream<Path> files = Files.list(natives)) {
            for (Path lib : files.toList()) {
                Path target = libDir.resolve(lib.getFileName());
                if (!Files.exists(target)) { // keep the JDK's own copy of shared runtime DLLs on Windows
                    Files.copy(lib, target);
                }
            }
        }
        Log.step("Runtime image with " + javafxModules + ": " + runtime);
        return runtime;
    }

    /** The platform JavaFX jars are modular; the empty same-named jars Maven also copies are not. */
    static List<Path> modularJavaFxJars(Path deps) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(deps)) {
            for (Path jar : files.filter(RuntimeImageBuilder::isJavaFxJar).sorted().toList()) {
                try (JarFile jf = new JarFile(jar.toFile())) {
                    if (jf.getEntry("module-info.class") != null) {
                        jars.add(jar);
                    }
                }
            }
        }
        return jars;
    }

    static boolean isJavaFxJar(Path jar) {
        String name = jar.getFileName().toString();
        return name.startsWith("javafx-") && name.endsWith(".jar");
    }

    private void moveNativeLibraries(Path jar, Path natives) throws IOException {
        TreeSet<String> moved = new TreeSet<>();
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            try (Stream<Path> entries = Files.list(zip.getPath("/"))) {
                for (Path entry : entries.toList()) {
                    String fileName = entry.getFileName().toString();
                    if (platform.isNativeLibrary(fileName)) {
                        try (InputStream in = Files.newInputStream(entry)) {
                            Files.copy(in, natives.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
                        }
                        Files.delete(entry);
                        moved.add(fileName);
                    }
                }
            }
        }
        if (!moved.isEmpty()) {
            Log.step("Native libraries from " + jar.getFileName() + ": " + moved);
        }
    }
}
