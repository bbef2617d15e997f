package dev.aura.plugins.api.cli;

import dev.aura.plugins.api.cli.TextTable;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    void rightAlignedColumnsLineUp() {
        String text = print(new TextTable(List.of("NAME", "SIZE"), false, true)
                .row("llama3.2:latest", "2.0 GB").row("nomic-embed-text:latest", "274 MB"));

        assertThat(text.lines().toList()).containsExactly(
                "NAME                         SIZE",
                "llama3.2:latest            2.0 GB",
                "nomic-embed-text:latest    274 MB");
    }

    @Test
    void thaiMarksTakeNoColumnOfTheirOwn() {
        // "ชื่อ" is four code points but two columns on a terminal: the vowel and tone marks sit on a consonant
        assertThat(TextTable.displayWidth("ชื่อ")).isEqualTo(2);
        String text = print(new TextTable(List.of("ชื่อ", "ขนาด")).row("llama3.2", "2.0 GB"));

        assertThat(text.lines().toList()).containsExactly("ชื่อ" + " ".repeat(10) + "ขนาด", "llama3.2    2.0 GB");
    }

    private static String print(TextTable table) {
        StringWriter out = new StringWriter();
        table.print(new PrintWriter(out));
        return out.toString();
    }
}
