package dev.aura.plugins.prompts.cli;

import dev.aura.plugins.api.cli.CliFailure;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.cards.CardStore;
import dev.aura.plugins.prompts.cards.CardVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What {@code aura cards test PATH...} runs. A PATH is, in this order: a config file; a folder, meaning its
 * {@code promptfooconfig.yaml} when it has one (promptfoo's own rule), else every {@code *.yaml}/{@code *.yml} file
 * directly in it and the {@code promptfooconfig.yaml} of each folder directly under it, by name; or a stored card's
 * title ({@code TITLE}, {@code TITLE@LABEL}, {@code TITLE@N}).
 */
final class TestTargets {
    sealed interface Target permits ConfigFile, StoredCard {}

    record ConfigFile(Path file) implements Target {}

    record StoredCard(CardVersion version) implements Target {}

    private TestTargets() {}

    static List<Target> resolve(List<String> paths, CardStore cards, Messages messages) {
        List<Target> targets = new ArrayList<>();
        for (String path : paths) {
            targets.addAll(resolve(path, cards, messages));
        }
        return targets;
    }

    private static List<Target> resolve(String path, CardStore cards, Messages messages) {
        Optional<Path> file = asPath(path);
        if (file.isPresent() && Files.isRegularFile(file.get())) {
            return List.of(new ConfigFile(file.get()));
        }
        if (file.isPresent() && Files.isDirectory(file.get())) {
            List<Target> configs = folder(file.get()).stream().<Target>map(ConfigFile::new).toList();
            if (configs.isEmpty()) {
                throw CliFailure.usage(messages.text("cli.test.emptyFolder", path));
            }
            return configs;
        }
        Optional<CardVersion> card = CardRefs.find(cards, path, messages);
        if (card.isPresent()) {
            return List.of(new StoredCard(card.get()));
        }
        throw CliFailure.usage(messages.text("cli.test.notFound", path));
    }

    static List<Path> folder(Path dir) {
        for (String name : List.of("promptfooconfig.yaml", "promptfooconfig.yml")) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return List.of(dir.resolve(name));
            }
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> configs = new ArrayList<>();
            for (Path entry : entries.sorted().toList()) {
                if (Files.isRegularFile(entry) && isYaml(entry)) {
                    configs.add(entry);
                } else if (Files.isDirectory(entry)) {
                    for (String name : List.of("promptfooconfig.yaml", "promptfooconfig.yml")) {
                        if (Files.isRegularFile(entry.resolve(name))) {
                            configs.add(entry.resolve(name));
                            break;
                        }
                    }
                }
            }
            return configs;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static Optional<Path> asPath(String path) {
        try {
            return Optional.of(Path.of(path));
        } catch (RuntimeException notAPath) {
            return Optional.empty();
        }
    }
}
