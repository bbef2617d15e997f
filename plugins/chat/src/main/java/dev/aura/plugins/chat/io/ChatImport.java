package dev.aura.plugins.chat.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.core.util.Json;
import dev.aura.plugins.chat.model.ConversationArchive;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Reads a chat export file into archives, detecting its format: our JSON ({@code "format":"aura-chat"}) or a ChatGPT
 * {@code conversations.json}. The whole file is checked first; a malformed one throws {@link ChatImportException}
 * naming the line and column or the JSON path, so the caller saves nothing.
 */
public final class ChatImport {
    /** What an import file turned out to be. */
    public enum Format {
        AURA("Aura JSON export"), CHATGPT("ChatGPT export");

        private final String displayName;

        Format(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** A checked import: ready to hand to {@code ArchiveStore.importAll}. */
    public record Result(Format format, List<ConversationArchive> archives) {
        public Result {
            archives = List.copyOf(archives);
        }

        public int messageCount() {
            return archives.stream().mapToInt(a -> a.messages().size()).sum();
        }
    }

    private final Clock clock;

    public ChatImport(Clock clock) {
        this.clock = clock;
    }

    public ChatImport() {
        this(Clock.systemUTC());
    }

    public Result read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new ChatImportException(name, null, "there is no such file; check the path", e);
        } catch (IOException e) {
            throw new ChatImportException(name, null, "the file could not be read (" + e.getMessage() + ")", e);
        }
    }

    /** @param name the file's name, for error messages */
    public Result read(InputStream input, String name) throws IOException {
        try {
            return parse(new BufferedInputStream(input));
        } catch (ChatImportException e) {
            throw e.inFile(name);
        }
    }

    private Result parse(BufferedInputStream in) throws IOException {
        in.mark(2);
        if (in.read() == 'P' && in.read() == 'K') {
            throw new ChatImportException(null, "this is a zip archive; unzip it and import the conversations.json "
                    + "inside");
        }
        in.reset();
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? null : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ChatImportException(null, where,
                    "the file is not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ChatImportException(null, "the file is empty");
        }
        if (root.isObject() && AuraJsonWriter.FORMAT.equals(root.path("format").asText(null))) {
            return new Result(Format.AURA, AuraJsonReader.read(root, clock.instant()));
        }
        boolean chatGptList = root.isArray() && (root.isEmpty() || root.get(0).has("mapping"));
        if (chatGptList || root.isObject() && root.has("mapping")) {
            return new Result(Format.CHATGPT, ChatGptReader.read(root, clock.instant()));
        }
        throw new ChatImportException(null, "this is not a chat export Aura knows: expected an Aura JSON export "
                + "({\"format\":\"aura-chat\", ...}) or ChatGPT's conversations.json (an array of conversations "
                + "with a \"mapping\")");
    }
}
