package dev.aura.plugins.prompts.cli;

import dev.aura.core.settings.Settings;
import dev.aura.core.util.Subscription;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The plugin's settings with some keys answered differently for one command ({@code --grader}); writes still go to
 * the real settings, so nothing of the override is saved.
 */
final class OverlaySettings implements Settings {
    private final Settings settings;
    private final Map<String, String> overrides;

    OverlaySettings(Settings settings, Map<String, String> overrides) {
        this.settings = settings;
        this.overrides = Map.copyOf(overrides);
    }

    @Override
    public Optional<String> get(String key) {
        String value = overrides.get(key);
        return value != null ? Optional.of(value) : settings.get(key);
    }

    @Override
    public int getInt(String key, int fallback) {
        return overrides.containsKey(key) ? parse(key, fallback, Integer::valueOf) : settings.getInt(key, fallback);
    }

    @Override
    public double getDouble(String key, double fallback) {
        return overrides.containsKey(key) ? parse(key, fallback, Double::valueOf)
                : settings.getDouble(key, fallback);
    }

    @Override
    public boolean getBoolean(String key, boolean fallback) {
        return overrides.containsKey(key) ? Boolean.parseBoolean(overrides.get(key))
                : settings.getBoolean(key, fallback);
    }

    private <T> T parse(String key, T fallback, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(overrides.get(key).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public void put(String key, String value) {
        settings.put(key, value);
    }

    @Override
    public void putInt(String key, int value) {
        settings.putInt(key, value);
    }

    @Override
    public void putDouble(String key, double value) {
        settings.putDouble(key, value);
    }

    @Override
    public void putBoolean(String key, boolean value) {
        settings.putBoolean(key, value);
    }

    @Override
    public void remove(String key) {
        settings.remove(key);
    }

    @Override
    public Settings scoped(String prefix) {
        return settings.scoped(prefix);
    }

    @Override
    public Subscription onChange(Consumer<String> listener) {
        return settings.onChange(listener);
    }
}
