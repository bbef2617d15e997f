package dev.aura.plugins.prompts.store;

/**
 * Texts of run cells fitted to H2's VARCHAR limit (1,000,000 characters). A longer text keeps its start and ends with
 * a note saying how much was left out, so a runaway answer never makes a whole run fail to save.
 */
final class StoredText {
    static final int MAX = 1_000_000;

    private StoredText() {}

    static String fit(String text) {
        return fit(text, MAX);
    }

    static String fit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = Math.max(0, max - 80);
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--; // never split a character such as an emoji in two
        }
        return text.substring(0, cut) + "\n[… " + (text.length() - cut) + " more characters were not stored]";
    }
}
