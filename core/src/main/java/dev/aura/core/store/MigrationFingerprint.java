package dev.aura.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * A digest of the names and contents of a source's migration scripts. When the database recorded the same digest
 * after its last successful migration, nothing can be pending and Flyway (about half a CLI command's start-up) is
 * skipped. Jar entries are read from the jar's directory (their CRC), so no script is read at all.
 */
final class MigrationFingerprint {
    private static final String CLASSPATH = "classpath:";

    private MigrationFingerprint() {}

    /** Empty when the location is not on the class path or lists no script: then Flyway always runs. */
    static Optional<String> of(MigrationSource source) {
        if (!source.location().startsWith(CLASSPATH)) {
            return Optional.empty();
        }
        String folder = source.location().substring(CLASSPATH.length()).replaceAll("^/+|/+$", "");
        TreeMap<String, Long> scripts = new TreeMap<>();
        try {
            for (URL url : Collections.list(source.classLoader().getResources(folder))) {
                switch (url.getProtocol()) {
                    case "jar" -> listJar(url, folder, scripts);
                    case "file" -> listFolder(Path.of(url.toURI()), scripts);
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        } catch (IOException | URISyntaxException | UncheckedIOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        // nothing listed (e.g. a jar without folder entries) proves nothing: let Flyway look
        return scripts.isEmpty() ? Optional.empty() : Optional.of(digest(scripts));
    }

    private static void listJar(URL url, String folder, TreeMap<String, Long> scripts) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            String prefix = folder + "/";
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (!entry.isDirectory() && entry.getName().startsWith(prefix) && entry.getCrc() >= 0) {
                    scripts.put(entry.getName().substring(prefix.length()), entry.getCrc());
                }
            }
        }
    }

    private static void listFolder(Path folder, TreeMap<String, Long> scripts) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                CRC32 crc = new CRC32();
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] buffer = new byte[8192];
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        crc.update(buffer, 0, n);
                    }
                }
                scripts.put(folder.relativize(file).toString().replace('\\', '/'), crc.getValue());
            }
        }
    }

    private static String digest(TreeMap<String, Long> scripts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            scripts.forEach((name, crc) -> sha.update((name + ":" + crc + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
