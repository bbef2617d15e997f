package dev.aura.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user-facing messages for failures that are hard to cause for real in a test (a full disk, a lock). */
class OpenFailuresTest {
    @TempDir
    Path temp;

    @Test
    void aFullDiskAsksToFreeSpace() {
        Path file = temp.resolve("aura.mv.db");
        SQLException h2 = new SQLException("IO Exception: No space left on device", "90028", ErrorCode.IO_EXCEPTION_1);

        StoreException e = OpenFailures.translate(file, new RuntimeException("pool failed", h2));

        assertThat(e).hasMessageContaining(file.toString()).hasMessageContaining("Free some disk space");
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void aLockedFileSaysWhatToClose() {
        Path file = temp.resolve("aura.mv.db");
        SQLException h2 = new SQLException("Database may be already in use", "90020",
                ErrorCode.DATABASE_ALREADY_OPEN_1);

        assertThat(OpenFailures.translate(file, h2)).hasMessageContaining("locked by another program")
                .hasMessageContaining("Close other Aura windows");
    }

    @Test
    void anUnknownFailureStillNamesTheFileAndANextStep() {
        Path file = temp.resolve("aura.mv.db");

        assertThat(OpenFailures.translate(file, new IllegalStateException("boom")))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("boom")
                .hasMessageContaining("aura db restore");
    }
}
