package dev.aura.core.settings;

import dev.aura.core.util.Subscription;
import java.util.Optional;
import java.util.function.Consumer;

/** A prefix view over another settings store (a plugin's own space). */
final class ScopedSettings implements Settings {
    private final Settings root;
    private final String prefix;

    ScopedSettings(Settings root, String prefix) {
        this.root = root;
        this.prefix = prefix;
    }

    @Override public Optional<String> get(String key) { return root.get(prefix + key); }
    @Override public int getInt(String key, int fallback) { return root.getInt(prefix + key, fallback); }
    @Override public double getDouble(String key, double fallback) { return root.getDouble(prefix + key, fallback); }
    @Override public boolean getBoolean(String key, boolean fallback) { return root.getBoolean(prefix + key, fallback); }
    @Override public void put(String key, String value) { root.put(prefix + key, value); }
    @Override public void putInt(String key, int value) { root.putInt(prefix + key, value); }
    @Override public void putDouble(String key, double value) { root.putDouble(prefix + key, value); }
    @Override public void putBoolean(String key, boolean value) { root.putBoolean(prefix + key, value); }
    @Override public void remove(String key) { root.remove(prefix + key); }
    @Override public Settings scoped(String sub) { return new ScopedSettings(root, prefix + sub + "."); }

    /** Listeners get the key relative to this scope; changes outside it are not reported. */
    @Override
    public Subscription onChange(Consumer<String> listener) {
        return root.onChange(key -> {
            if (key.startsWith(prefix)) {
                listener.accept(key.substring(prefix.length()));
            }
        });
    }
}
