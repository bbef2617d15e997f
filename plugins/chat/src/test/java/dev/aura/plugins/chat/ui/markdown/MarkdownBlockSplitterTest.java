package dev.aura.plugins.chat.ui.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

class MarkdownBlockSplitterTest {

    static final String ANSWER = """
            # Setting up

            Install the tool first. It needs **Java 25**
            and a few minutes.
            ## Steps
            1. Download it.
            2. Unpack it:

               ```sh
               tar xf tool.tgz

               cd tool
               ```

            3. Run it.

            - one
              - nested
            - two

            Some text.
            ```java
            class A {

            void b() {}
            }
            ```
            After the code.

            | Name | Size |
            |------|-----:|
            | a    |    1 |
            | b    |    2 |

            > A quote
            > that goes on.

            ---

                indented code

                still code
            The end.
            """;

    @Test
    void paragraphsSeparatedByABlankLineAreSeparateBlocks() {
        assertThat(blocks("First.\n\nSecond.\n\nThird\n")).containsExactly("First.\n\n", "Second.\n\n", "Third\n");
    }

    @Test
    void aFencedCodeBlockWithBlankAndUnindentedLinesStaysOneBlock() {
        String code = "```python\ndef f():\n\n    return 1\n\nprint(f())\n```\n";
        assertThat(blocks("Intro\n" + code + "After\n")).containsExactly("Intro\n", code, "After\n");
    }

    @Test
    void anUnclosedFenceKeepsEverythingAfterItInTheOpenBlock() {
        assertThat(blocks("Text\n\n```\na\n\nb\n\n# not a heading\n")).containsExactly("Text\n\n", "```\na\n\nb\n\n# not a heading\n");
    }

    @Test
    void aLooseListContinuesAcrossBlankLinesUntilUnindentedText() {
        String list = "- one\n\n- two\n  more of two\n\n  still two\n\n1. other kind\n\n";
        assertThat(blocks(list + "Paragraph\n")).containsExactly(list, "Paragraph\n");
    }

    @Test
    void aTableStaysOneBlockUntilTheBlankLine() {
        String table = "| a | b |\n|---|---|\n| 1 | 2 |\n\n";
        assertThat(blocks("Before\n\n" + table + "After\n")).containsExactly("Before\n\n", table, "After\n");
    }

    @Test
    void aHeadingEndsItsBlockAndInterruptsTheOneBefore() {
        assertThat(blocks("Text\n# Title\nBody\n")).containsExactly("Text\n", "# Title\n", "Body\n");
    }

    @Test
    void anUnfinishedLineDoesNotEndTheBlockYet() {
        MarkdownBlockSplitter splitter = new MarkdownBlockSplitter();
        List<Integer> ends = new ArrayList<>();
        StringBuilder text = new StringBuilder("- one\n\n-");
        splitter.scan(text, ends::add);
        assertThat(ends).isEmpty();
        text.append("- a rule, not an item\n");
        splitter.scan(text, ends::add);
        assertThat(ends).containsExactly(7);
        assertThat(splitter.openBlockStart()).isEqualTo(7);
    }

    @Test
    void theBlocksDoNotDependOnHowTheTextWasChunked() {
        MarkdownBlockSplitter splitter = new MarkdownBlockSplitter();
        List<Integer> ends = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ANSWER.length(); i += 3) {
            text.append(ANSWER, i, Math.min(ANSWER.length(), i + 3));
            splitter.scan(text, ends::add);
        }
        assertThat(ends).isEqualTo(boundaries(ANSWER));
        assertThat(ends).hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void eachBlockParsesToTheSameTopLevelBlocksAsTheWholeAnswer() {
        List<String> wholeAnswer = topLevelKinds(MarkdownRenderer.parse(ANSWER));
        List<String> blockByBlock = new ArrayList<>();
        for (String block : blocks(ANSWER)) {
            blockByBlock.addAll(topLevelKinds(MarkdownRenderer.parse(block)));
        }
        assertThat(blockByBlock).isEqualTo(wholeAnswer);
        assertThat(wholeAnswer).extracting(kind -> kind.replaceAll(":.*", "")).contains("TableBlock", "FencedCodeBlock",
                "OrderedList", "BulletList", "BlockQuote", "IndentedCodeBlock", "ThematicBreak");
    }

    static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        int start = 0;
        for (int end : boundaries(text)) {
            blocks.add(text.substring(start, end));
            start = end;
        }
        blocks.add(text.substring(start));
        return blocks;
    }

    private static List<Integer> boundaries(String text) {
        List<Integer> ends = new ArrayList<>();
        new MarkdownBlockSplitter().scan(text, ends::add);
        return ends;
    }

    private static List<String> topLevelKinds(Node document) {
        List<String> kinds = new ArrayList<>();
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            kinds.add(child.getClass().getSimpleName() + (child.getFirstChild() == null ? "" : ":" + countDescendants(child)));
        }
        return kinds;
    }

    private static int countDescendants(Node node) {
        int count = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            count += 1 + countDescendants(child);
        }
        return count;
    }
}
