package dev.aura.plugins.api;

import java.util.Objects;

/**
 * @param id         stable lowercase id ("models"), also the settings scope and the migration history suffix
 * @param name       display name in the user's language
 * @param iconLiteral an Ikonli icon literal, e.g. "fth-box"
 * @param order      position in the navigation rail, lower first
 */
public record PluginDescriptor(String id, String name, String version, int spiVersion, String iconLiteral, int order) {
    public static final int SPI_VERSION = 1;

    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("plugin id must be lowercase letters, digits and '-': " + id);
        }
    }
}
