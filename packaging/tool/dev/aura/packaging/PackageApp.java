package dev.aura.packaging;

import java.nio.file.Path;

/**
 * Builds the packaged app: a jlinked runtime with JavaFX as modules, a jpackage app-image with an AOT cache from a
 * training run, and the installers of this platform. Run by packaging/pom.xml as a Java source program, so the same
 * code serves Linux, Windows and macOS without a shell.
 */
public final class PackageApp {
    private PackageApp() {}

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() < 25) {
            throw new IllegalStateException("Packaging needs JDK 25 or newer (this is " + Runtime.version()
                    + "). Set JAVA_HOME to a JDK 25 and run the build again.");
        }
        PackagingOptions options = PackagingOptions.parse(args);
        Log.step("Packaging " + options.name() + " " + options.version() + " for " + Platform.current());
        Path runtime = new RuntimeImageBuilder(options).build();
        Path appImage = new AppImageBuilder(options).build(runtime);
        new AotTraining(options).train(appImage);
        new InstallerBuilder(options).build(appImage);
        Log.step("Done. App image: " + appImage);
    }
}
