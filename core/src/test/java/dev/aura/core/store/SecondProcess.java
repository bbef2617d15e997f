package dev.aura.core.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another JVM on the same database file, as `aura` on the command line next to an open window.
 * Modes: {@code write BASE} opens an H2Store and writes a row; {@code hold BASE} holds the file open without
 * AUTO_SERVER, as a program that locks it, until its stdin closes.
 */
public final class SecondProcess {
    public static void main(String[] args) throws SQLException, IOException {
        Path base = Path.of(args[1]);
        if (args[0].equals("write")) {
            try (H2Store store = H2Store.open(base)) {
                store.jdbi().useHandle(h -> h.execute(
                        "INSERT INTO sync_meta VALUES ('from_second_process', ?)", ProcessHandle.current().pid()));
            } catch (StoreException e) {
                System.out.println("StoreException: " + e.getMessage());
                System.exit(2);
            }
        } else {
            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "")) {
                System.out.println(connection.isValid(5) ? "READY" : "NOT VALID");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // Hold the file until the test closes our stdin.
                }
            }
        }
    }

    static Process start(String mode, Path base) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                SecondProcess.class.getName(), mode, base.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    static boolean awaitExit(Process process) throws InterruptedException {
        return process.waitFor(60, TimeUnit.SECONDS);
    }

    private SecondProcess() {}
}
