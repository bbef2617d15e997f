package dev.aura.plugins.chat.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits the runs of Thai that {@link StandardTokenizer} emits as one {@code <SOUTHEAST_ASIAN>} token into words, with
 * the JDK's dictionary-based Thai word breaker. Without it a whole Thai sentence is one token and a search for one of
 * its words finds nothing. Other tokens pass through untouched.
 */
final class ThaiWordSplitFilter extends TokenFilter {
    private static final String SOUTHEAST_ASIAN = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.SOUTHEAST_ASIAN];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));

    private String run;
    private int runStartOffset;
    private int wordStart;
    private boolean firstWord;
    private State runState;

    ThaiWordSplitFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (true) {
            if (run != null && nextWord()) {
                return true;
            }
            run = null;
            if (!input.incrementToken()) {
                return false;
            }
            if (!SOUTHEAST_ASIAN.equals(type.type())) {
                return true;
            }
            run = term.toString();
            runStartOffset = offset.startOffset();
            runState = captureState();
            words.setText(run);
            wordStart = words.first();
            firstWord = true;
        }
    }

    private boolean nextWord() {
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            int start = wordStart;
            wordStart = end;
            if (!hasLetterOrDigit(run, start, end)) {
                continue;
            }
            restoreState(runState);
            term.setEmpty().append(run, start, end);
            offset.setOffset(runStartOffset + start, runStartOffset + end);
            if (!firstWord) {
                position.setPositionIncrement(1);
            }
            firstWord = false;
            return true;
        }
        return false;
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        run = null;
        runState = null;
    }
}
