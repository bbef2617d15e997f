package dev.aura.plugins.prompts.promptfoo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Resolves {@code file://} references relative to the config's folder, expands globs and reads YAML with positions. */
final class ConfigFiles {
    static final String FILE_PREFIX = "file://";
    /** SnakeYAML stops at 3 MB by default; a generated suite of thousands of tests is larger than that. */
    static final int MAX_YAML_CODE_POINTS = 256 * 1024 * 1024;
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .build());

    private final Path baseDir;

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_YAML_CODE_POINTS);
        return options;
    }

    ConfigFiles(Path baseDir) {
        this.baseDir = baseDir;
    }

    static boolean isFileRef(Object value) {
        return value instanceof String s && s.startsWith(FILE_PREFIX);
    }

    static String stripPrefix(String ref) {
        return ref.startsWith(FILE_PREFIX) ? ref.substring(FILE_PREFIX.length()) : ref;
    }

    /** The files a reference names: one file, or the sorted matches of a glob. Missing files are an error naming {@code field}. */
    List<Path> resolve(String ref, String field) {
        String relative = stripPrefix(ref);
        if (relative.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{')) {
            return glob(relative, field);
        }
        Path file = baseDir.resolve(relative).normalize();
        if (!Files.isRegularFile(file)) {
            throw missing(file, field);
        }
        return List.of(file);
    }

    private List<Path> glob(String pattern, String field) {
        String normalized = pattern.replace('\\', '/');
        int firstWild = indexOfWildcard(normalized);
        int slash = normalized.lastIndexOf('/', firstWild);
        Path root = slash < 0 ? baseDir : baseDir.resolve(normalized.substring(0, slash)).normalize();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + normalized);
        List<Path> matches = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> matcher.matches(Path.of(baseDir.relativize(p).toString().replace('\\', '/'))))
                        .sorted()
                        .forEach(matches::add);
            } catch (IOException e) {
                throw new PromptfooImportException(root, "cannot list the folder for " + field + ": " + e.getMessage());
            }
        }
        if (matches.isEmpty()) {
            throw new PromptfooImportException(baseDir.resolve(normalized),
                    "no file matches the pattern '" + pattern + "' referenced by " + field
                            + ". Check the pattern or add the files.");
        }
        return matches;
    }

    private static int indexOfWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    static PromptfooImportException missing(Path file, String field) {
        return new PromptfooImportException(file, "the file referenced by " + field
                + " does not exist. Create it or fix the path (relative paths start at the config's folder).");
    }

    String readText(Path file, String field) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw missing(file, field);
        } catch (IOException e) {
            throw new PromptfooImportException(file, "cannot read the file referenced by " + field + ": " + e.getMessage());
        }
    }

    JsonNode readYaml(Path file, String field) {
        return parseYaml(file, readText(file, field));
    }

    static JsonNode parseYaml(Path file, String text) {
        try {
            JsonNode node = YAML.readTree(text);
            return node == null ? YAML.missingNode() : node;
        } catch (JsonProcessingException e) {
            throw syntaxError(file, e, "invalid YAML");
        }
    }

    static PromptfooImportException syntaxError(Path file, JsonProcessingException e, String what) {
        JsonLocation at = e.getLocation();
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        // SnakeYAML's problem mark is where the error is; Jackson's location is the last token read before it
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            line = marked.getProblemMark().getLine() + 1;
            column = marked.getProblemMark().getColumn() + 1;
        }
        return new PromptfooImportException(file, line, column,
                what + ": " + e.getOriginalMessage() + ". Fix the file at this position and import again.", e);
    }

    Path baseDir() {
        return baseDir;
    }

    Path relativize(Path file) {
        return baseDir.relativize(file);
    }
}
