package dev.aura.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The jpackage app-image: the app jar and its class-path jars (JavaFX excluded, it lives in the runtime as modules)
 * launched by a native launcher on the jlinked runtime.
 */
final class AppImageBuilder {
    static final String MAIN_JAR = "aura-app.jar";

    private final PackagingOptions options;
    private final Platform platform = Platform.current();

    AppImageBuilder(PackagingOptions options) {
        this.options = options;
    }

    Path build(Path runtime) throws IOException {
        Path input = prepareInput();
        Path dest = options.out().resolve("app-image");
        Tools.deleteRecursively(dest);

        List<String> args = new ArrayList<>(List.of(
                "--type", "app-image",
                "--name", options.name(),
                "--app-version", options.version(),
                "--vendor", options.vendor(),
                "--description", options.description(),
                "--input", input.toString(),
                "--main-jar", MAIN_JAR,
                "--main-class", options.mainClass(),
                "--runtime-image", runtime.toString(),
                "--dest", dest.toString()));
        for (String option : options.javaOptions()) {
            args.add("--java-options");
            args.add(option);
        }
        switch (platform) {
            case WINDOWS -> {
                // The main launcher is a GUI program (no console window); aura-cli.exe is the console twin for the CLI.
                Path props = options.out().resolve("aura-cli.properties");
                Files.writeString(props, "win-console=true\n");
                args.addAll(List.of("--add-launcher", "aura-cli=" + props));
            }
            case MAC -> args.addAll(List.of("--mac-package-identifier", options.macIdentifier(),
                    "--mac-package-name", options.name()));
            case LINUX -> { }
        }
        Tools.run("jpackage", args);
        Path image = platform.imageDir(dest, options.name());
        if (!Files.isDirectory(image)) {
            throw new IllegalStateException("jpackage reported success but " + image + " is missing.");
        }
        return image;
    }

    /** jpackage copies the whole input folder; lib/ matches the Class-Path in the app jar's manifest. */
    private Path prepareInput() throws IOException {
        Path input = options.out().resolve("app-input");
        Tools.deleteRecursively(input);
        Files.createDirectories(input.resolve("lib"));
        Path mainJar = null;
        try (Stream<Path> files = Files.list(options.deps())) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                String name = jar.getFileName().toString();
                if (name.startsWith("aura-app")) {
                    mainJar = jar;
                } else if (!RuntimeImageBuilder.isJavaFxJar(jar)) {
                    Files.copy(jar, input.resolve("lib").resolve(name));
                }
            }
        }
        if (mainJar == null) {
            throw new IllegalStateException("No aura-app jar in " + options.deps()
                    + ". Build through the reactor: ./mvnw -Ppackage -DskipTests package -pl packaging -am");
        }
        Files.copy(mainJar, input.resolve(MAIN_JAR));
        return input;
    }
}
