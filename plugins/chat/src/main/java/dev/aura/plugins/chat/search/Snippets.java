package dev.aura.plugins.chat.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** One line of a stored text around its first match, whitespace collapsed, cut at word boundaries with ellipses. */
final class Snippets {
    static final int MAX_CHARS = 160;
    /** How much text before the hit gives it context without pushing it out of a narrow result row. */
    private static final int BEFORE_CHARS = 50;
    private static final String ELLIPSIS = "…";

    private Snippets() {}

    static String around(String text, SearchQuery query, String field, Analyzer analyzer) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return around(text, firstMatch(text, query, field, analyzer));
    }

    /** @param hitStart the char offset of the match in {@code text}; 0 shows the start */
    static String around(String text, int hitStart) {
        String before = collapse(text.substring(Math.max(0, hitStart - 4 * BEFORE_CHARS), hitStart)).stripLeading();
        boolean cutBefore = hitStart - 4 * BEFORE_CHARS > 0;
        if (before.length() > BEFORE_CHARS) {
            int cut = before.indexOf(' ', before.length() - BEFORE_CHARS);
            before = cut < 0 ? before.substring(before.length() - BEFORE_CHARS) : before.substring(cut + 1);
            cutBefore = true;
        }
        int afterEnd = Math.min(text.length(), hitStart + 4 * MAX_CHARS);
        String after = collapse(text.substring(hitStart, afterEnd)).stripTrailing();
        boolean cutAfter = afterEnd < text.length();
        int room = MAX_CHARS - before.length();
        if (after.length() > room) {
            int cut = after.lastIndexOf(' ', room);
            after = cut <= 0 ? after.substring(0, room) : after.substring(0, cut);
            cutAfter = true;
        }
        return (cutBefore ? ELLIPSIS : "") + before + after + (cutAfter ? ELLIPSIS : "");
    }

    private static int firstMatch(String text, SearchQuery query, String field, Analyzer analyzer) {
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int found = 0;
            while (stream.incrementToken()) {
                if (query.matches(term.toString())) {
                    found = offset.startOffset();
                    break;
                }
            }
            // a TokenStream must be consumed through end() even when we stop early
            stream.end();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("could not analyze text", e);
        }
    }

    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        if (space) {
            out.append(' ');
        }
        return out.toString();
    }
}
