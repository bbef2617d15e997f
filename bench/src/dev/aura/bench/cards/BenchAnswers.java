package dev.aura.bench.cards;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake model's answers: a pure function of the prompt, so that the fake Ollama and the config generator agree
 * on what every test's answer will be, whichever tool asks. The prompt template is {@link #TEMPLATE}.
 */
final class BenchAnswers {
    static final String TEMPLATE = "Item {{id}}: describe the {{color}} {{animal}} in one sentence.";
    static final String[] COLORS = {"red", "green", "blue", "amber", "violet", "silver", "golden", "black"};
    static final String[] ANIMALS = {"fox", "owl", "otter", "heron", "badger", "lynx", "falcon", "beaver", "hare",
        "stork", "marten"};
    static final String[] VERBS = {"sleeps", "waits", "hunts", "swims", "watches", "rests", "listens"};

    private static final Pattern PROMPT = Pattern.compile("Item (\\d+): describe the (\\w+) (\\w+) in one sentence\\.");

    private BenchAnswers() {}

    /** The prompt {@link #TEMPLATE} renders for test {@code id}. */
    static String prompt(int id) {
        return "Item " + id + ": describe the " + color(id) + " " + animal(id) + " in one sentence.";
    }

    static String color(int id) {
        return COLORS[id % COLORS.length];
    }

    static String animal(int id) {
        return ANIMALS[(id / COLORS.length) % ANIMALS.length];
    }

    static String verb(int id) {
        return VERBS[id % VERBS.length];
    }

    static String reference(int id) {
        return "R-" + (id * 7919L % 100_000);
    }

    /** What the fake model answers to {@code prompt}; prompts not from the template get a fixed answer. */
    static String answer(String prompt) {
        Matcher m = PROMPT.matcher(prompt == null ? "" : prompt);
        if (!m.find()) {
            return "I cannot answer that.";
        }
        int id = Integer.parseInt(m.group(1));
        return "Item " + id + ": the " + m.group(2) + " " + m.group(3) + " " + verb(id) + " by the river. Reference "
                + reference(id) + ".";
    }
}
