package dev.aura.plugins.chat.ui;

import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.Attachment;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a dropped or picked file into an attachment: images for vision models, text files as context. Anything else,
 * or too big, is refused with a message that says why and what to do. Blocking: call off the UI thread.
 */
public final class AttachmentFiles {
    /** Text is sent inside the prompt: half a megabyte is already far beyond most models' context. */
    public static final long MAX_TEXT_BYTES = 512 * 1024;
    public static final long MAX_IMAGE_BYTES = 20L * 1024 * 1024;

    private static final Map<String, String> IMAGE_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp", "gif", "image/gif");
    private static final Set<String> TEXT_EXTENSIONS = Set.of(
            "txt", "md", "markdown", "csv", "tsv", "json", "jsonl", "xml", "yaml", "yml", "toml", "ini", "properties",
            "log", "html", "htm", "css", "java", "kt", "kts", "scala", "groovy", "py", "rb", "js", "mjs", "ts", "tsx",
            "jsx", "go", "rs", "c", "h", "cpp", "hpp", "cc", "cs", "swift", "php", "sh", "bash", "zsh", "ps1", "sql",
            "r", "lua", "pl", "dart", "vue", "svelte", "tex", "rst", "gradle", "cfg", "conf", "env", "dockerfile");

    private final Messages messages;

    public AttachmentFiles(Messages messages) {
        this.messages = messages;
    }

    /** Thrown with a message for the user. */
    public static final class RefusedFile extends Exception {
        public RefusedFile(String message) {
            super(message);
        }
    }

    public Attachment read(Path file) throws RefusedFile {
        String name = file.getFileName().toString();
        String extension = extension(name);
        try {
            long size = Files.size(file);
            String imageType = IMAGE_TYPES.get(extension);
            if (imageType != null) {
                if (size > MAX_IMAGE_BYTES) {
                    throw new RefusedFile(messages.text("attach.imageTooBig", name, MAX_IMAGE_BYTES / (1024 * 1024)));
                }
                return new Attachment(null, name, imageType, size, null, Files.readAllBytes(file));
            }
            if (!TEXT_EXTENSIONS.contains(extension) && !name.equalsIgnoreCase("Dockerfile")
                    && !name.equalsIgnoreCase("Makefile")) {
                throw new RefusedFile(messages.text("attach.unsupported", name));
            }
            if (size > MAX_TEXT_BYTES) {
                throw new RefusedFile(messages.text("attach.textTooBig", name, MAX_TEXT_BYTES / 1024));
            }
            return new Attachment(null, name, "text/plain", size, decode(Files.readAllBytes(file), name), null);
        } catch (IOException e) {
            throw new RefusedFile(messages.text("attach.unreadable", name, e.getMessage()));
        }
    }

    private String decode(byte[] bytes, String name) throws RefusedFile {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RefusedFile(messages.text("attach.notUtf8", name));
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
