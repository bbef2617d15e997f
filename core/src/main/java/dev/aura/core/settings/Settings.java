package dev.aura.core.settings;

import dev.aura.core.util.Subscription;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Flat key/value settings persisted as one JSON file. Keys are dotted ("ui.theme").
 * Every put is durable when it returns (atomic replace of the file).
 */
public interface Settings {
    Optional<String> get(String key);

    default String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    int getInt(String key, int fallback);

    double getDouble(String key, double fallback);

    boolean getBoolean(String key, boolean fallback);

    void put(String key, String value);

    void putInt(String key, int value);

    void putDouble(String key, double value);

    void putBoolean(String key, boolean value);

    void remove(String key);

    /** A view whose keys are all prefixed with {@code prefix + "."}; used to give each plugin its own space. */
    Settings scoped(String prefix);

    /** Called with the changed key, as seen through this view (relative to a scope), after any change. */
    Subscription onChange(Consumer<String> listener);
}
