package dev.aura.app.shell.palette;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Scores how well a typed query matches a command's text: every query character must appear in order
 * (case-insensitive); runs of consecutive characters and matches at the start of a word score higher, and
 * gaps cost a little, so "sw mo" finds "Switch to Models" before "Show more options".
 */
public final class FuzzyMatcher {
    private static final int MATCH = 1;
    private static final int CONSECUTIVE_BONUS = 6;
    private static final int WORD_START_BONUS = 8;
    private static final int FIRST_CHAR_BONUS = 4;
    private static final int GAP_PENALTY = 1;
    private static final int MAX_GAP_PENALTY = 5;

    /** Empty when the query does not match; an empty query matches everything with score 0. */
    public OptionalInt score(String query, String text) {
        String q = normalize(query);
        if (q.isEmpty()) {
            return OptionalInt.of(0);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int best = Integer.MIN_VALUE;
        // try every start of the first query char; greedy for the rest. Command texts are short.
        for (int start = lower.indexOf(q.charAt(0)); start >= 0; start = lower.indexOf(q.charAt(0), start + 1)) {
            int s = scoreFrom(q, text, lower, start);
            best = Math.max(best, s);
        }
        return best == Integer.MIN_VALUE ? OptionalInt.empty() : OptionalInt.of(best);
    }

    private static int scoreFrom(String q, String text, String lower, int start) {
        int score = 0;
        int previous = -2;
        int pos = start;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == ' ') {
                continue; // spaces in the query only separate words
            }
            int found = i == 0 ? start : lower.indexOf(c, pos);
            if (found < 0) {
                return Integer.MIN_VALUE;
            }
            score += MATCH;
            if (found == previous + 1) {
                score += CONSECUTIVE_BONUS;
            } else if (previous >= 0) {
                score -= Math.min(MAX_GAP_PENALTY, (found - previous - 1) * GAP_PENALTY);
            }
            if (isWordStart(text, found)) {
                score += WORD_START_BONUS;
            }
            if (found == 0) {
                score += FIRST_CHAR_BONUS;
            }
            previous = found;
            pos = found + 1;
        }
        return score;
    }

    private static boolean isWordStart(String text, int index) {
        if (index == 0) {
            return true;
        }
        char before = text.charAt(index - 1);
        char at = text.charAt(index);
        return !Character.isLetterOrDigit(before) || (Character.isLowerCase(before) && Character.isUpperCase(at));
    }

    private static String normalize(String query) {
        return query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    }
}
