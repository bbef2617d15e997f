package dev.aura.plugins.chat.ui.markdown;

import java.util.function.IntConsumer;

/**
 * Finds where top-level Markdown blocks end while the text is still arriving, so that a finished block is rendered
 * once and only the last (open) block is rendered again as it grows. It reads only complete lines, once each, so the
 * work per call is proportional to the new text and the boundaries do not depend on how the text was chunked.
 *
 * <p>A boundary is reported only where CommonMark also ends a top-level block: before an unindented line that follows
 * a blank line (unless a list continues with another item), before a fence or ATX heading that interrupts a block,
 * and after an ATX heading or a closed top-level fence. Lines inside a fenced code block never split it, blank or not.
 * Where unsure it does not split, which costs only speed: a chunk may still render to several blocks.
 */
public final class MarkdownBlockSplitter {
    private int blockStart;
    private int scanPos;
    private boolean blockHasContent;
    private boolean previousBlank;
    private boolean inList;
    private boolean splitAtNextLine;
    private char fenceChar;
    private int fenceLength;
    private int fenceIndent;
    private boolean fenceTopLevel;

    /** Where the open (last, unfinished) block starts. */
    public int openBlockStart() {
        return blockStart;
    }

    /** Forgets everything, for a new text. */
    public void reset() {
        blockStart = 0;
        scanPos = 0;
        blockHasContent = false;
        previousBlank = false;
        inList = false;
        splitAtNextLine = false;
        fenceLength = 0;
    }

    /**
     * Scans the complete lines of {@code text} not scanned yet and reports the start offset of every block that begins
     * after them (which is where the block before it ends). {@code text} must only ever grow between calls.
     */
    public void scan(CharSequence text, IntConsumer blockBoundary) {
        int length = text.length();
        while (true) {
            int lineEnd = indexOfNewline(text, scanPos, length);
            if (lineEnd < 0) {
                return;
            }
            scanLine(text, scanPos, lineEnd, blockBoundary);
            scanPos = lineEnd + 1;
        }
    }

    private void scanLine(CharSequence text, int start, int end, IntConsumer blockBoundary) {
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        int indent = indentOf(text, start, end);
        int first = firstNonSpace(text, start, end);
        boolean blank = first >= end;
        if (fenceLength > 0) {
            if (isClosingFence(text, first, end, indent)) {
                fenceLength = 0;
                splitAtNextLine = fenceTopLevel;
            }
            return;
        }
        if (blank) {
            previousBlank = true;
            return;
        }
        boolean listItem = indent == 0 && isListItem(text, first, end);
        boolean boundary = false;
        if (blockHasContent) {
            if (splitAtNextLine) {
                boundary = true;
            } else if (indent == 0) {
                boundary = previousBlank ? !(inList && listItem) : isFenceOpening(text, first, end) || isAtxHeading(text, first, end);
            }
        }
        if (boundary) {
            blockBoundary.accept(start);
            blockStart = start;
            inList = false;
        }
        splitAtNextLine = false;
        previousBlank = false;
        blockHasContent = true;
        inList |= listItem;
        if (isFenceOpening(text, first, end)) {
            fenceChar = text.charAt(first);
            fenceLength = runLength(text, first, end, fenceChar);
            fenceIndent = indent;
            fenceTopLevel = indent <= 3 && !inList;
        } else if (indent == 0 && isAtxHeading(text, first, end)) {
            splitAtNextLine = true;
        }
    }

    private boolean isClosingFence(CharSequence text, int first, int end, int indent) {
        int maxIndent = fenceTopLevel ? 3 : fenceIndent + 3;
        if (indent > maxIndent || first >= end || text.charAt(first) != fenceChar) {
            return false;
        }
        int run = runLength(text, first, end, fenceChar);
        return run >= fenceLength && firstNonSpace(text, first + run, end) >= end;
    }

    static boolean isFenceOpening(CharSequence text, int first, int end) {
        if (first >= end) {
            return false;
        }
        char c = text.charAt(first);
        if (c != '`' && c != '~') {
            return false;
        }
        int run = runLength(text, first, end, c);
        if (run < 3) {
            return false;
        }
        if (c == '`') {
            for (int i = first + run; i < end; i++) {
                if (text.charAt(i) == '`') {
                    return false; // inline code such as ```x```, not a fence
                }
            }
        }
        return true;
    }

    static boolean isAtxHeading(CharSequence text, int first, int end) {
        int hashes = runLength(text, first, end, '#');
        return hashes >= 1 && hashes <= 6 && (first + hashes == end || isSpace(text.charAt(first + hashes)));
    }

    static boolean isListItem(CharSequence text, int first, int end) {
        if (first >= end) {
            return false;
        }
        char c = text.charAt(first);
        int after;
        if (c == '-' || c == '+' || c == '*') {
            after = first + 1;
        } else {
            int digits = 0;
            while (first + digits < end && digits < 10 && Character.isDigit(text.charAt(first + digits))) {
                digits++;
            }
            if (digits == 0 || digits > 9 || first + digits >= end) {
                return false;
            }
            char delimiter = text.charAt(first + digits);
            if (delimiter != '.' && delimiter != ')') {
                return false;
            }
            after = first + digits + 1;
        }
        return after == end || isSpace(text.charAt(after));
    }

    private static int indexOfNewline(CharSequence text, int from, int length) {
        for (int i = from; i < length; i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int indentOf(CharSequence text, int start, int end) {
        int columns = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                return columns;
            }
        }
        return columns;
    }

    private static int firstNonSpace(CharSequence text, int from, int end) {
        int i = from;
        while (i < end && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int runLength(CharSequence text, int from, int end, char c) {
        int i = from;
        while (i < end && text.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
