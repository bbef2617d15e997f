package dev.aura.plugins.chat.ui;

import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.MessageFigures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/** Times and figures as the panel words them, in the user's language. */
public final class ChatTexts {
    private final Messages messages;
    private final Clock clock;

    public ChatTexts(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** "just now", "5 min ago", "3 h ago", "yesterday", then the date. */
    public String lastActivity(Instant when) {
        if (when == null) {
            return "";
        }
        Instant now = clock.instant();
        Duration age = Duration.between(when, now);
        if (age.toMinutes() < 1) {
            return messages.text("time.justNow");
        }
        if (age.toHours() < 1) {
            return messages.text("time.minutes", age.toMinutes());
        }
        ZoneId zone = clock.getZone();
        LocalDate day = when.atZone(zone).toLocalDate();
        LocalDate today = now.atZone(zone).toLocalDate();
        if (day.equals(today)) {
            return messages.text("time.hours", age.toHours());
        }
        if (day.equals(today.minusDays(1))) {
            return messages.text("time.yesterday");
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).format(day);
    }

    /** The answer's footer: model · first token · speed · tokens in/out · duration, leaving out what is unknown. */
    public String figures(String model, MessageFigures f) {
        List<String> parts = new ArrayList<>();
        if (model != null && !model.isBlank()) {
            parts.add(model);
        }
        if (f.timeToFirstTokenMs() != null) {
            parts.add(messages.text("figures.firstToken", seconds(f.timeToFirstTokenMs())));
        }
        if (f.tokensPerSecond() != null) {
            parts.add(messages.text("figures.speed", f.tokensPerSecond()));
        }
        if (f.promptTokens() != null || f.outputTokens() != null) {
            parts.add(messages.text("figures.tokens", count(f.promptTokens()), count(f.outputTokens())));
        }
        if (f.durationMs() != null) {
            parts.add(messages.text("figures.duration", seconds(f.durationMs())));
        }
        return String.join("  ·  ", parts);
    }

    /** Snippets are cut from Markdown source: its marks would only be noise in one muted line. */
    public static String plainSnippet(String snippet) {
        if (snippet == null) {
            return "";
        }
        return snippet.replace('\n', ' ').replaceAll("(^|\\s)#{1,6}\\s", "$1").replaceAll("[*`]+", "")
                .replaceAll("\\s{2,}", " ").strip();
    }

    private static double seconds(long millis) {
        return millis / 1000.0;
    }

    private static String count(Integer n) {
        return n == null ? "?" : String.valueOf(n);
    }
}
