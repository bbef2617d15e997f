package dev.aura.packaging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to package and how, from {@code --key=value} arguments (packaging/pom.xml passes them). Keys that may repeat
 * ({@code --java-option}) collect into lists.
 *
 * @param deps folder with the app jar ({@code aura-app*.jar}) and all its runtime dependencies, JavaFX included
 * @param out working and output folder (the module's target/)
 * @param types what to build besides the app-image: deb, rpm, msi, dmg
 * @param training AOT training workload: auto (window when a display exists, else CLI), window, cli or off
 */
record PackagingOptions(
        Path deps,
        Path out,
        String name,
        String version,
        String vendor,
        String description,
        String mainClass,
        List<String> types,
        List<String> jdkModules,
        String locales,
        List<String> javaOptions,
        String debDeps,
        String rpmDeps,
        String macIdentifier,
        String winUpgradeUuid,
        String training) {

    static PackagingOptions parse(String[] args) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "': use --key=value.");
            }
            values.computeIfAbsent(arg.substring(2, eq), k -> new ArrayList<>()).add(arg.substring(eq + 1));
        }
        Reader r = new Reader(values);
        return new PackagingOptions(
                Path.of(r.one("deps")).toAbsolutePath(),
                Path.of(r.one("out")).toAbsolutePath(),
                r.one("name"),
                numericVersion(r.one("version")),
                r.one("vendor"),
                r.one("description"),
                r.one("main-class"),
                r.list("types"),
                r.list("jdk-modules"),
                r.one("locales"),
                values.getOrDefault("java-option", List.of()).stream().filter(s -> !s.isBlank()).toList(),
                r.optional("deb-deps"),
                r.optional("rpm-deps"),
                r.optional("mac-identifier"),
                r.optional("win-upgrade-uuid"),
                r.optional("training").isBlank() ? "auto" : r.optional("training"));
    }

    /** Installers accept only dotted numbers: 0.1.0-SNAPSHOT becomes 0.1.0. */
    static String numericVersion(String version) {
        String numeric = version.replaceFirst("[^0-9.].*$", "").replaceAll("\\.+$", "");
        if (numeric.isEmpty()) {
            throw new IllegalArgumentException("Version '" + version + "' does not start with a number such as 1.2.3.");
        }
        return numeric;
    }

    private record Reader(Map<String, List<String>> values) {
        String one(String key) {
            String value = optional(key);
            if (value.isBlank()) {
                throw new IllegalArgumentException("Missing --" + key + "=...; packaging/pom.xml passes it to the tool.");
            }
            return value;
        }

        String optional(String key) {
            List<String> list = values.get(key);
            return list == null ? "" : list.getLast().trim();
        }

        List<String> list(String key) {
            return Arrays.stream(one(key).split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        }
    }
}
