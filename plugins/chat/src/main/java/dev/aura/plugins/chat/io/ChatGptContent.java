package dev.aura.plugins.chat.io;

import static dev.aura.plugins.chat.io.JsonFields.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The text of a ChatGPT message's {@code content}: text parts joined, anything else named in a short note. */
final class ChatGptContent {
    private ChatGptContent() {}

    /** @return the text, or null when the content is of a hidden kind */
    static String text(JsonNode content, String path, Set<String> hiddenTypes) {
        String type = JsonFields.text(content, "content_type", path, true);
        if (hiddenTypes.contains(type)) {
            return null;
        }
        return switch (type) {
            case "text", "multimodal_text" ->
                    parts(JsonFields.array(content, "parts", path, false), path(path, "parts"));
            case "code" -> {
                String code = JsonFields.text(content, "text", path, false);
                String language = JsonFields.text(content, "language", path, false);
                yield code == null ? null
                        : "```" + (language == null || language.equals("unknown") ? "" : language) + "\n" + code
                                + "\n```";
            }
            default -> note(type);
        };
    }

    private static String parts(JsonNode parts, String path) {
        if (parts == null) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            JsonNode part = parts.get(i);
            if (part.isTextual()) {
                if (!part.textValue().isBlank()) {
                    texts.add(part.textValue());
                }
            } else if (part.isObject()) {
                String partPath = path(path, i);
                String type = JsonFields.text(part, "content_type", partPath, false);
                String transcript = JsonFields.text(part, "text", partPath, false);
                if ("audio_transcription".equals(type) && transcript != null) {
                    texts.add(transcript);
                } else {
                    texts.add(note(type == null ? "attachment" : type));
                }
            }
        }
        return String.join("\n\n", texts);
    }

    private static String note(String type) {
        return switch (type) {
            case "image_asset_pointer" -> "[An image was here; ChatGPT exports do not include it]";
            default -> "[" + type.replace('_', ' ') + " not imported]";
        };
    }
}
