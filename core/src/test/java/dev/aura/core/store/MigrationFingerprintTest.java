package dev.aura.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway is skipped only while a source's scripts are exactly those of its last migration. */
class MigrationFingerprintTest {
    private static final String V1 = "CREATE TABLE fp_note (id INT PRIMARY KEY, text VARCHAR(100));";
    private static final String V2 = "ALTER TABLE fp_note ADD COLUMN pinned BOOLEAN DEFAULT FALSE;";

    @TempDir
    Path dir;

    @Test
    void aScriptAddedBetweenStartsIsAppliedAndAnUnchangedSourceKeepsItsStatus() throws Exception {
        Path classes = dir.resolve("classes");
        write(classes, Map.of("V1__notes.sql", V1));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            MigrationSource source = new MigrationSource("fp", "classpath:db/migration/fp", loader);
            try (H2Store store = H2Store.open(dir.resolve("aura"))) {
                assertThat(store.migrate(source)).isEqualTo(new MigrationStatus("fp", "1", 1, 0));
            }
            try (H2Store store = H2Store.open(dir.resolve("aura"))) {
                assertThat(store.migrate(source)).isEqualTo(new MigrationStatus("fp", "1", 1, 0));
                assertThat(store.migrationStatus()).contains(new MigrationStatus("fp", "1", 1, 0));
            }

            write(classes, Map.of("V2__pinned.sql", V2));
            try (H2Store store = H2Store.open(dir.resolve("aura"))) {
                assertThat(store.migrate(source)).isEqualTo(new MigrationStatus("fp", "2", 2, 0));
                store.jdbi().useHandle(h -> h.execute("INSERT INTO fp_note (id, text, pinned) VALUES (1, 'a', TRUE)"));
            }
        }
    }

    @Test
    void jarsAndFoldersAreFingerprintedByNameAndContent() throws Exception {
        Path one = jar("one.jar", Map.of("V1__notes.sql", V1));
        Path same = jar("same.jar", Map.of("V1__notes.sql", V1));
        Path edited = jar("edited.jar", Map.of("V1__notes.sql", V1 + " -- edited"));
        Path folder = dir.resolve("folder");
        write(folder, Map.of("V1__notes.sql", V1));

        assertThat(fingerprint(one)).isEqualTo(fingerprint(same)).isEqualTo(fingerprint(folder));
        assertThat(fingerprint(edited)).isNotEqualTo(fingerprint(one));
        assertThat(MigrationFingerprint.of(new MigrationSource("x", "filesystem:/tmp", getClass().getClassLoader())))
                .isEmpty();
        assertThat(MigrationFingerprint.of(new MigrationSource("x", "classpath:db/migration/none",
                getClass().getClassLoader()))).isEmpty();
    }

    private String fingerprint(Path classPathEntry) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classPathEntry.toUri().toURL()}, null)) {
            return MigrationFingerprint.of(new MigrationSource("fp", "classpath:db/migration/fp", loader))
                    .orElseThrow();
        }
    }

    private Path jar(String name, Map<String, String> scripts) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (String folder : new String[] {"db/", "db/migration/", "db/migration/fp/"}) {
                zip.putNextEntry(new JarEntry(folder)); // Maven's jars list their folders; the class loader needs them
                zip.closeEntry();
            }
            for (Map.Entry<String, String> script : scripts.entrySet()) {
                zip.putNextEntry(new JarEntry("db/migration/fp/" + script.getKey()));
                zip.write(script.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static void write(Path root, Map<String, String> scripts) throws IOException {
        Path folder = Files.createDirectories(root.resolve("db/migration/fp"));
        for (Map.Entry<String, String> script : scripts.entrySet()) {
            Files.writeString(folder.resolve(script.getKey()), script.getValue());
        }
    }
}
