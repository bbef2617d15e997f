package dev.aura.plugins.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.api.ui.LineDiff.Kind;
import dev.aura.plugins.api.ui.LineDiff.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {
    @Test
    void equalTextsAreAllTheSameLines() {
        List<Line> diff = LineDiff.diff("a\nb", "a\nb");
        assertThat(diff).extracting(Line::kind).containsExactly(Kind.SAME, Kind.SAME);
        assertThat(LineDiff.changed(diff)).isFalse();
    }

    @Test
    void aChangedLineIsRemovedThenAddedWithBothSidesNumbered() {
        List<Line> diff = LineDiff.diff("title\nold line\nend", "title\nnew line\nend");
        assertThat(diff).containsExactly(
                new Line(Kind.SAME, "title", 1, 1),
                new Line(Kind.REMOVED, "old line", 2, 0),
                new Line(Kind.ADDED, "new line", 0, 2),
                new Line(Kind.SAME, "end", 3, 3));
    }

    @Test
    void insertionsAndDeletionsKeepTheLongestCommonLines() {
        List<Line> diff = LineDiff.diff("a\nb\nc\nd", "a\nx\nc\nd\ne");
        assertThat(diff).extracting(l -> l.kind() + ":" + l.text())
                .containsExactly("SAME:a", "REMOVED:b", "ADDED:x", "SAME:c", "SAME:d", "ADDED:e");
        assertThat(diff.getLast().rightNumber()).isEqualTo(5);
    }

    @Test
    void anEmptySideIsAllAddedOrAllRemoved() {
        assertThat(LineDiff.diff("", "one\ntwo")).extracting(Line::kind).containsOnly(Kind.ADDED).hasSize(2);
        assertThat(LineDiff.diff("one", "")).extracting(Line::kind).containsExactly(Kind.REMOVED);
    }
}
