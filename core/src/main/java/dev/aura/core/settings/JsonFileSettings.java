package dev.aura.core.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.aura.core.util.Json;
import dev.aura.core.util.Subscription;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings in one JSON object of string values. Every change rewrites the file atomically, so a crash mid-write
 * leaves either the old or the new file. A file that cannot be read is moved aside and defaults are used.
 */
public final class JsonFileSettings implements Settings {
    private static final Logger LOG = LoggerFactory.getLogger(JsonFileSettings.class);

    private final Path file;
    private final Map<String, String> values;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final String loadWarning;

    private JsonFileSettings(Path file, Map<String, String> values, String loadWarning) {
        this.file = file;
        this.values = values;
        this.loadWarning = loadWarning;
    }

    public static JsonFileSettings load(Path file) {
        try {
            String text = Files.readString(file);
            Map<String, String> values = Json.MAPPER.readValue(text, new TypeReference<TreeMap<String, String>>() {});
            return new JsonFileSettings(file, values == null ? new TreeMap<>() : values, null);
        } catch (NoSuchFileException e) {
            return new JsonFileSettings(file, new TreeMap<>(), null);
        } catch (IOException e) {
            return new JsonFileSettings(file, new TreeMap<>(), moveAside(file, e));
        }
    }

    private static String moveAside(Path file, IOException cause) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
        String warning;
        try {
            Files.move(file, aside);
            warning = "Settings file " + file + " could not be read (" + cause.getMessage().lines().findFirst().orElse("")
                    + "). It was moved to " + aside + " and default settings are used.";
        } catch (IOException moveFailure) {
            warning = "Settings file " + file + " could not be read and could not be moved aside ("
                    + moveFailure.getMessage() + "). Default settings are used for this session.";
        }
        LOG.warn(warning);
        return warning;
    }

    /** Set when the file on disk was unreadable at load; the UI shows it once. */
    public Optional<String> loadWarning() {
        return Optional.ofNullable(loadWarning);
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public int getInt(String key, int fallback) {
        return get(key).map(v -> parse(v, Integer::parseInt, fallback)).orElse(fallback);
    }

    @Override
    public double getDouble(String key, double fallback) {
        return get(key).map(v -> parse(v, Double::parseDouble, fallback)).orElse(fallback);
    }

    @Override
    public boolean getBoolean(String key, boolean fallback) {
        return get(key).map(Boolean::parseBoolean).orElse(fallback);
    }

    private static <T> T parse(String value, java.util.function.Function<String, T> parser, T fallback) {
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public void put(String key, String value) {
        if (value == null) {
            remove(key);
            return;
        }
        synchronized (this) {
            if (value.equals(values.put(key, value))) {
                return;
            }
            save();
        }
        fire(key);
    }

    @Override
    public void putInt(String key, int value) {
        put(key, Integer.toString(value));
    }

    @Override
    public void putDouble(String key, double value) {
        put(key, Double.toString(value));
    }

    @Override
    public void putBoolean(String key, boolean value) {
        put(key, Boolean.toString(value));
    }

    @Override
    public void remove(String key) {
        synchronized (this) {
            if (values.remove(key) == null) {
                return;
            }
            save();
        }
        fire(key);
    }

    @Override
    public Settings scoped(String prefix) {
        return new ScopedSettings(this, prefix + ".");
    }

    @Override
    public Subscription onChange(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fire(String key) {
        for (Consumer<String> listener : listeners) {
            try {
                listener.accept(key);
            } catch (RuntimeException e) {
                LOG.warn("Settings listener failed for {}", key, e);
            }
        }
    }

    private void save() {
        try {
            AtomicFiles.write(file, Json.PRETTY.writeValueAsBytes(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new SettingsSaveException("Could not save settings to " + file + ": " + e.getMessage()
                    + ". Check that the disk is not full and the folder is writable.", e);
        }
    }
}
