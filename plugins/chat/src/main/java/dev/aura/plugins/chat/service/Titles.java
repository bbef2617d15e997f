package dev.aura.plugins.chat.service;

import java.util.regex.Pattern;

/** Turning a model's reply or a first question into a short one-line title. Pure. */
public final class Titles {
    public static final int MAX_LENGTH = 60;
    private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?(</think>|$)");
    private static final Pattern LABEL = Pattern.compile("(?i)^\\s*title\\s*:\\s*");
    private static final String QUOTES = "\"'`*#“”‘’«»「」";

    private Titles() {}

    /** A model's title reply: first real line, no quotes, label or trailing period, at most {@link #MAX_LENGTH}. */
    public static String fromModel(String reply) {
        if (reply == null) {
            return "";
        }
        String text = THINKING.matcher(reply).replaceAll("");
        String line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        // the label may sit inside the quotes or outside them
        line = trim(LABEL.matcher(trim(line, QUOTES)).replaceFirst(""), QUOTES);
        while (line.endsWith(".") || line.endsWith("!") || line.endsWith(":")) {
            line = line.substring(0, line.length() - 1).strip();
        }
        return cap(trim(line, QUOTES));
    }

    /** A placeholder from the first question until a generated (or typed) title replaces it. */
    public static String fromQuestion(String question) {
        if (question == null) {
            return "";
        }
        return cap(question.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(""));
    }

    /** Collapses whitespace and cuts at a word boundary when one is near the limit. */
    static String cap(String text) {
        String single = text.replaceAll("\\s+", " ").strip();
        if (single.length() <= MAX_LENGTH) {
            return single;
        }
        String cut = single.substring(0, MAX_LENGTH);
        int space = cut.lastIndexOf(' ');
        return (space > MAX_LENGTH / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }

    private static String trim(String text, String chars) {
        int start = 0;
        int end = text.length();
        while (start < end && chars.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && chars.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end).strip();
    }
}
