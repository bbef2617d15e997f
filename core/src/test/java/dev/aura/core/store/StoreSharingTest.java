package dev.aura.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window and the `aura` CLI open one database file from two processes. */
class StoreSharingTest {
    @TempDir
    Path temp;

    @Test
    void anotherProcessCanWriteWhileTheDatabaseIsOpenHere() throws Exception {
        Path base = temp.resolve("aura");
        try (H2Store window = H2Store.open(base)) {
            Process cli = SecondProcess.start("write", base);
            boolean exited = SecondProcess.awaitExit(cli);
            String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(exited).as("second process finished: %s", output).isTrue();
            assertThat(cli.exitValue()).as(output).isZero();
            String writer = window.jdbi().withHandle(h -> h.createQuery(
                    "SELECT meta_value FROM sync_meta WHERE meta_key = 'from_second_process'")
                    .mapTo(String.class).one());
            assertThat(writer).isEqualTo(String.valueOf(cli.pid()));
        }
    }

    @Test
    void theSharedDatabaseIsServedOnLoopbackOnly() throws Exception {
        try (H2Store window = H2Store.open(temp.resolve("aura"))) {
            Properties lock = new Properties();
            try (var in = Files.newInputStream(window.file().resolveSibling("aura.lock.db"))) {
                lock.load(in);
            }

            String server = lock.getProperty("server");
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));

            assertThat(server).matches("(localhost|127\\.0\\.0\\.1):\\d+");
            for (InetAddress address : nonLoopbackAddresses()) {
                assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(address, port), 2_000);
                    }
                }).as("connect via %s", address).isInstanceOf(ConnectException.class);
            }
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress() && a instanceof Inet4Address)
                .toList();
    }

    @Test
    void aFileLockedByAnotherProgramFailsWithAMessageSayingWhatToClose() throws Exception {
        Path base = temp.resolve("aura");
        Process holder = SecondProcess.start("hold", base);
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.equals("READY")) {
                // skip the holder's log lines
            }
            assertThat(line).as("holder opened the file").isEqualTo("READY");

            assertThatThrownBy(() -> H2Store.open(base))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(temp.resolve("aura.mv.db").toString())
                    .hasMessageContaining("locked by another program");
        } finally {
            holder.getOutputStream().close();
            if (!SecondProcess.awaitExit(holder)) {
                holder.destroyForcibly();
            }
        }
    }
}
