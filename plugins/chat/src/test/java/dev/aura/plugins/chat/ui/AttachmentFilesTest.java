package dev.aura.plugins.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.Attachment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentFilesTest {
    @TempDir Path dir;
    private final AttachmentFiles files = new AttachmentFiles(Messages.load(Locale.ENGLISH));

    @Test
    void textFilesBecomeTextContext() throws Exception {
        Path csv = Files.writeString(dir.resolve("data.csv"), "a,b\n1,2\n");

        Attachment attachment = files.read(csv);

        assertThat(attachment.isImage()).isFalse();
        assertThat(attachment.text()).isEqualTo("a,b\n1,2\n");
        assertThat(attachment.name()).isEqualTo("data.csv");
        assertThat(attachment.sizeBytes()).isEqualTo(8);
    }

    @Test
    void imagesAreSentAsImages() throws Exception {
        Path png = Files.write(dir.resolve("photo.PNG"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        Attachment attachment = files.read(png);

        assertThat(attachment.isImage()).isTrue();
        assertThat(attachment.mediaType()).isEqualTo("image/png");
        assertThat(attachment.imageData()).hasSize(4);
    }

    @Test
    void aTooLongTextFileIsRefusedSayingTheLimit() throws Exception {
        Path big = Files.writeString(dir.resolve("log.txt"), "x".repeat((int) AttachmentFiles.MAX_TEXT_BYTES + 1));

        assertThatThrownBy(() -> files.read(big)).isInstanceOf(AttachmentFiles.RefusedFile.class)
                .hasMessageContaining("log.txt").hasMessageContaining("512 KB");
    }

    @Test
    void unknownKindsAndBinaryTextAreRefusedWithWhatToDo() throws Exception {
        Path exe = Files.write(dir.resolve("tool.exe"), new byte[] {1, 2, 3});
        Path latin1 = Files.write(dir.resolve("notes.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});

        assertThatThrownBy(() -> files.read(exe)).hasMessageContaining("tool.exe").hasMessageContaining("Attach text");
        assertThatThrownBy(() -> files.read(latin1)).hasMessageContaining("UTF-8");
    }
}
