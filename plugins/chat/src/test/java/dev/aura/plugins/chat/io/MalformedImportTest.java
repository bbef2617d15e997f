package dev.aura.plugins.chat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MalformedImportTest {
    @Test
    void badJsonSyntaxNamesTheLineAndColumn() {
        ChatImportException e = failure("malformed-syntax.json");

        assertThat(e.where()).isEqualTo("line 6, column 5");
        assertThat(e.getMessage()).startsWith("Cannot import malformed-syntax.json at line 6, column 5: the file is "
                + "not valid JSON").endsWith("Nothing was imported; fix the file or export it again.");
    }

    @Test
    void aDanglingParentNamesTheNodeInTheSecondConversation() {
        ChatImportException e = failure("malformed-dangling-parent.json");

        assertThat(e.where()).isEqualTo("[1].mapping.abc.parent");
        assertThat(e.problem()).isEqualTo("unknown node \"xyz\"");
    }

    @Test
    void aWrongValueNamesItsPathAndWhatWasExpected() {
        ChatImportException e = failure("malformed-wrong-shape.json");

        assertThat(e.where()).isEqualTo("conversations[1].messages[1].role");
        assertThat(e.problem()).isEqualTo("expected one of system, user, assistant, found \"bot\"");
    }

    @Test
    void aMissingFieldIsNamed() {
        ChatImportException e = failureOf("{\"format\":\"aura-chat\",\"version\":1,\"conversations\":"
                + "[{\"title\":\"t\",\"messages\":[{\"id\":\"m\",\"role\":\"user\"}]}]}");

        assertThat(e.where()).isEqualTo("conversations[0].messages[0].content");
        assertThat(e.problem()).isEqualTo("is missing");
    }

    @Test
    void aWrongTypeSaysWhatWasFound() {
        ChatImportException e =
                failureOf("[{\"title\":\"t\",\"mapping\":{\"r\":{\"parent\":null,\"children\":\"q\"}}}]");

        assertThat(e.where()).isEqualTo("[0].mapping.r.children");
        assertThat(e.problem()).isEqualTo("expected an array, found the string \"q\"");
    }

    @Test
    void otherFilesAreNamedForWhatTheyAre() {
        assertThat(failureOf("").problem()).isEqualTo("the file is empty");
        assertThat(failureOf("PK\u0003\u0004rest").problem()).contains("zip archive", "unzip it");
        assertThat(failureOf("{\"hello\":1}").problem()).contains("not a chat export Aura knows");
        assertThat(failureOf("{\"format\":\"aura-chat\",\"conversations\":[]}").where()).isEqualTo("version");
    }

    @Test
    void aMissingFileSaysSo() {
        ChatImportException e = catchThrowableOfType(ChatImportException.class,
                () -> new ChatImport().read(Path.of("does-not-exist.json")));

        assertThat(e.getMessage()).contains("does-not-exist.json", "no such file");
    }

    private ChatImportException failure(String resource) {
        return catchThrowableOfType(ChatImportException.class, () -> {
            try (InputStream in = getClass().getResourceAsStream("/io/" + resource)) {
                new ChatImport().read(in, resource);
            }
        });
    }

    private static ChatImportException failureOf(String text) {
        return catchThrowableOfType(ChatImportException.class, () -> new ChatImport()
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "file.json"));
    }
}
