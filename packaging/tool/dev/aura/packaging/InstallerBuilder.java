package dev.aura.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Wraps the finished app-image (AOT cache included) into this platform's installers. */
final class InstallerBuilder {
    private final PackagingOptions options;

    InstallerBuilder(PackagingOptions options) {
        this.options = options;
    }

    void build(Path image) throws IOException {
        Path dest = options.out().resolve("installers");
        Tools.deleteRecursively(dest);
        Files.createDirectories(dest);
        for (String type : options.types()) {
            if (type.equals("app-image")) {
                continue;
            }
            String missing = missingTool(type);
            if (missing != null) {
                Log.warn("Skipping ." + type + ": " + missing);
                continue;
            }
            List<String> args = new ArrayList<>(List.of(
                    "--type", type,
                    "--app-image", image.toString(),
                    "--name", options.name(),
                    "--app-version", options.version(),
                    "--vendor", options.vendor(),
                    "--description", options.description(),
                    "--dest", dest.toString()));
            args.addAll(typeOptions(type));
            Tools.run("jpackage", args);
        }
        try (Stream<Path> files = Files.list(dest)) {
            for (Path f : files.sorted().toList()) {
                Log.step("Installer: " + f + " (" + Files.size(f) / (1024 * 1024) + " MB)");
            }
        }
    }

    /** What the installer type needs besides the JDK, or null when it is all there. */
    private static String missingTool(String type) {
        return switch (type) {
            case "deb" -> Tools.onPath("dpkg-deb") && Tools.onPath("fakeroot") ? null
                    : "needs dpkg-deb and fakeroot (apt-get install dpkg-dev fakeroot).";
            case "rpm" -> Tools.onPath("rpmbuild") ? null : "needs rpmbuild (dnf install rpm-build, or apt-get install rpm).";
            case "msi", "exe" -> Tools.onPath("wix") || Tools.onPath("candle") ? null
                    : "needs the WiX Toolset (3.x, or 4+ with 'wix' on PATH): https://wixtoolset.org";
            case "dmg", "pkg" -> Platform.current() == Platform.MAC ? null : "is built on macOS only.";
            default -> throw new IllegalArgumentException("Unknown installer type '" + type
                    + "'; use app-image, deb, rpm, msi, exe, dmg or pkg.");
        };
    }

    /** No --linux-shortcut: its post-install step fails where no menu folder is writable (ARCHITECTURE.md §10). */
    private List<String> typeOptions(String type) {
        String packageName = options.name().toLowerCase(java.util.Locale.ROOT);
        return switch (type) {
            // packaging/src/deb holds the maintainer scripts that link /usr/bin/aura
            case "deb" -> List.of("--linux-package-name", packageName, "--linux-app-category", "utils",
                    "--linux-package-deps", options.debDeps(),
                    "--resource-dir", options.out().getParent().resolve("src/deb").toString());
            case "rpm" -> List.of("--linux-package-name", packageName, "--linux-app-category", "Applications/Productivity",
                    "--linux-package-deps", options.rpmDeps());
            case "msi", "exe" -> List.of("--win-menu", "--win-menu-group", options.name(), "--win-shortcut",
                    "--win-dir-chooser", "--win-upgrade-uuid", options.winUpgradeUuid());
            default -> List.of(); // a .dmg takes its identifier and name from the app-image's Info.plist
        };
    }
}
