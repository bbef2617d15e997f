package dev.aura.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;

/** Turns what H2 and the pool throw on open into a {@link StoreException} a user can act on. */
final class OpenFailures {
    private static final long LOW_DISK_BYTES = 16L * 1024 * 1024;

    private OpenFailures() {}

    static StoreException unwritableFolder(Path folder, Path file, IOException cause) {
        return new StoreException("Aura cannot create its database " + file + " because the folder " + folder
                + " cannot be created or written (" + cause + "). Check the folder's permissions, or start Aura "
                + "with --data-dir (or AURA_HOME) pointing to a folder you can write to.", file, cause);
    }

    static StoreException readOnlyFile(Path file) {
        return new StoreException("The database " + file + " is read-only, so Aura could not save anything. "
                + "Make the file writable (check its permissions), or start Aura with --data-dir pointing to "
                + "another folder.", file, null);
    }

    static StoreException translate(Path file, Throwable failure) {
        SQLException sql = findSqlException(failure);
        int code = sql == null ? 0 : sql.getErrorCode();
        String detail = sql == null ? String.valueOf(failure) : sql.getMessage();
        if (isDiskFull(file, detail)) {
            return new StoreException("The disk holding the database " + file + " is full, so Aura could not "
                    + "open it. Free some disk space and start Aura again.", file, failure);
        }
        return switch (code) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1, ErrorCode.LOCK_TIMEOUT_1 -> new StoreException(
                    "The database " + file + " is locked by another program. Close other Aura windows or "
                            + "'aura' commands using this data folder and try again; if none is running, "
                            + "restart the computer to release the lock.", file, failure);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> new StoreException(
                    "The database " + file + " is damaged or was written by an incompatible version, so Aura "
                            + "cannot open it. Restore a backup with 'aura db restore', or move the file away "
                            + "to start with an empty database. (" + detail + ")", file, failure);
            case ErrorCode.DATABASE_IS_READ_ONLY -> readOnlyFile(file);
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_CREATION_FAILED_1 ->
                    new StoreException("Aura could not read or write the database " + file + " (" + detail
                            + "). Check that the disk is attached and writable, then try again; if it is, the file "
                            + "is damaged: restore a backup with 'aura db restore', or move the file away to "
                            + "start with an empty database.", file, failure);
            default -> new StoreException("Aura could not open the database " + file + " (" + detail + "). "
                    + "Check that the file and its folder are writable; if the problem stays, restore a backup "
                    + "with 'aura db restore'.", file, failure);
        };
    }

    private static boolean isDiskFull(Path file, String detail) {
        String lower = detail == null ? "" : detail.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("not enough space") || lower.contains("disk full")) {
            return true;
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            return folder != null && Files.isDirectory(folder)
                    && Files.getFileStore(folder).getUsableSpace() < LOW_DISK_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    private static SQLException findSqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
