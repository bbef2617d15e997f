package dev.aura.core.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ollama.OllamaChatRequestParameters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Translates Aura's {@link ChatRequest} into langchain4j's request for Ollama. */
final class Langchain4jRequests {
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");

    private Langchain4jRequests() {}

    static dev.langchain4j.model.chat.request.ChatRequest toLangchain4j(ChatRequest request) {
        ModelParameters p = request.parameters();
        OllamaChatRequestParameters parameters = OllamaChatRequestParameters.builder()
                .modelName(request.model())
                .temperature(p.temperature())
                .topP(p.topP())
                .maxOutputTokens(p.numPredict())
                .numCtx(p.numCtx())
                .seed(p.seed())
                .keepAlive(keepAliveSeconds(p.keepAlive()))
                .build();
        return dev.langchain4j.model.chat.request.ChatRequest.builder()
                .messages(messages(request.messages()))
                .parameters(parameters)
                .build();
    }

    static List<ChatMessage> messages(List<LlmMessage> messages) {
        List<ChatMessage> out = new ArrayList<>();
        for (LlmMessage m : messages) {
            out.add(switch (m.role()) {
                case SYSTEM -> SystemMessage.from(m.text());
                case ASSISTANT -> AiMessage.from(m.text());
                case USER -> user(m);
            });
        }
        return out;
    }

    private static UserMessage user(LlmMessage m) {
        if (m.images().isEmpty()) {
            return UserMessage.from(m.text());
        }
        List<Content> contents = new ArrayList<>();
        contents.add(TextContent.from(m.text()));
        for (byte[] image : m.images()) {
            contents.add(ImageContent.from(Base64.getEncoder().encodeToString(image), mimeType(image)));
        }
        return UserMessage.from(contents);
    }

    static String mimeType(byte[] image) {
        boolean png = image.length > 3 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N';
        return png ? "image/png" : "image/jpeg";
    }

    /**
     * Ollama's keep_alive as langchain4j takes it (whole seconds): "5m", "1h30m", "90s", "300" or "-1" (forever).
     * Null or blank means the model's default.
     */
    static Integer keepAliveSeconds(String keepAlive) {
        if (keepAlive == null || keepAlive.isBlank()) {
            return null;
        }
        String value = keepAlive.strip().toLowerCase(Locale.ROOT);
        boolean negative = value.startsWith("-");
        String rest = negative ? value.substring(1) : value;
        Matcher matcher = DURATION_PART.matcher(rest);
        double seconds = 0;
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            double amount = Double.parseDouble(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            seconds += switch (unit) {
                case "ms" -> amount / 1000;
                case "m" -> amount * 60;
                case "h" -> amount * 3600;
                default -> amount;
            };
            end = matcher.end();
        }
        if (end != rest.length() || end == 0) {
            throw new IllegalArgumentException("keep_alive '" + keepAlive
                    + "' is not a duration: use forms like 5m, 1h, 300 or -1");
        }
        return (int) (negative ? -seconds : seconds);
    }
}
