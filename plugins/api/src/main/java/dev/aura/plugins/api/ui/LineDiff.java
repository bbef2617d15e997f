package dev.aura.plugins.api.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff by longest common subsequence, after trimming the common head and tail so that two versions of a document
 * (mostly equal) compare in a small table.
 */
public final class LineDiff {
    public enum Kind { SAME, REMOVED, ADDED }

    /** One line of the unified diff; {@code leftNumber}/{@code rightNumber} are 1-based, 0 on the side it is not on. */
    public record Line(Kind kind, String text, int leftNumber, int rightNumber) {}

    private LineDiff() {}

    public static List<Line> diff(String left, String right) {
        String[] a = lines(left);
        String[] b = lines(right);
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head
                && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        int n = a.length - head - tail;
        int m = b.length - head - tail;
        // lcs[i][j]: the common subsequence length of a[head+i..] and b[head+j..] within the middle part
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[head + i].equals(b[head + j]) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            out.add(new Line(Kind.SAME, a[k], k + 1, k + 1));
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i].equals(b[head + j])) {
                out.add(new Line(Kind.SAME, a[head + i], head + i + 1, head + j + 1));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Line(Kind.REMOVED, a[head + i], head + i + 1, 0));
                i++;
            } else {
                out.add(new Line(Kind.ADDED, b[head + j], 0, head + j + 1));
                j++;
            }
        }
        for (int k = tail; k > 0; k--) {
            out.add(new Line(Kind.SAME, a[a.length - k], a.length - k + 1, b.length - k + 1));
        }
        return out;
    }

    /** True when the two texts differ in any line. */
    public static boolean changed(List<Line> diff) {
        return diff.stream().anyMatch(l -> l.kind() != Kind.SAME);
    }

    private static String[] lines(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("\r?\n", -1);
    }
}
