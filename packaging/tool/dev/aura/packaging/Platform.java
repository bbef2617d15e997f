package dev.aura.packaging;

import java.nio.file.Path;
import java.util.Locale;

/** Where jpackage puts things on each operating system, and which native files JavaFX brings there. */
enum Platform {
    LINUX, WINDOWS, MAC;

    static Platform current() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return WINDOWS;
        }
        return os.contains("mac") ? MAC : LINUX;
    }

    /** The app-image folder jpackage creates for an application called {@code name}. */
    Path imageDir(Path dest, String name) {
        return dest.resolve(this == MAC ? name + ".app" : name);
    }

    Path launcher(Path image, String launcherName) {
        return switch (this) {
            case LINUX -> image.resolve("bin").resolve(launcherName);
            case WINDOWS -> image.resolve(launcherName + ".exe");
            case MAC -> image.resolve("Contents/MacOS").resolve(launcherName);
        };
    }

    /** The folder holding the app jars and the launchers' .cfg files ($APPDIR). */
    Path appDir(Path image) {
        return switch (this) {
            case LINUX -> image.resolve("lib/app");
            case WINDOWS -> image.resolve("app");
            case MAC -> image.resolve("Contents/app");
        };
    }

    /** Where JavaFX looks for its native libraries first when it runs from a runtime image (NativeLibLoader). */
    Path nativeLibDir(Path runtime) {
        return runtime.resolve(this == WINDOWS ? "bin" : "lib");
    }

    boolean isNativeLibrary(String fileName) {
        return switch (this) {
            case LINUX -> fileName.endsWith(".so");
            case WINDOWS -> fileName.endsWith(".dll");
            case MAC -> fileName.endsWith(".dylib");
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
