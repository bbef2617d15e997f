package dev.aura.plugins.prompts.cards;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A card as the list shows it: the latest version's title and tags, how many versions it has, and which versions its
 * labels point at (label name to version number).
 */
public record CardSummary(String id, String title, String description, List<String> tags, int latestVersion,
        Map<String, Integer> labels, Instant updatedAt) {
    public CardSummary {
        tags = List.copyOf(tags);
        labels = Map.copyOf(labels);
    }
}
