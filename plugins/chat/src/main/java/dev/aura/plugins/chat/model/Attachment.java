package dev.aura.plugins.chat.model;

import java.util.UUID;

/**
 * A file given with a user message: text files are sent as context, images as Ollama {@code images}.
 *
 * @param id        null until saved
 * @param text      the file's text (text attachments), else null
 * @param imageData the image bytes (image attachments), else null
 */
public record Attachment(UUID id, String name, String mediaType, long sizeBytes, String text, byte[] imageData) {
    public boolean isImage() {
        return imageData != null;
    }
}
