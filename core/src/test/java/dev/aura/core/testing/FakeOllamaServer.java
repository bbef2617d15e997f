package dev.aura.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP/1.1 server on 127.0.0.1 speaking Ollama's wire format, scriptable for tests: installed and running
 * models, chat answers with delays, stalls, disconnects, garbage and errors, pulls with progress, and embeddings
 * (a hashed bag of words, so texts sharing words are similar).
 * {@link #stop()} and {@link #start()} again reuse the same port, so a test can take "Ollama" down and back up.
 */
public final class FakeOllamaServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, FakeModel> installed = new ConcurrentHashMap<>();
    private final Map<String, FakeModel> registry = new ConcurrentHashMap<>();
    private final Map<String, Instant> running = new ConcurrentHashMap<>();
    private final List<ReceivedRequest> requests = new CopyOnWriteArrayList<>();
    private final Deque<ChatScript> nextChats = new ArrayDeque<>();
    private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger clientDisconnects = new AtomicInteger();
    private final FakeOllamaHandlers handlers = new FakeOllamaHandlers(this);
    private volatile ChatScript chatScript = ChatScript.answer("Hello", " from", " fake", " Ollama", ".");
    private volatile PullScript pullScript = PullScript.quick();
    private volatile EmbedFailure embedFailure;
    private volatile String version = "0.12.6";
    private volatile int port;
    private volatile ServerSocket serverSocket;
    private volatile Thread acceptor;

    /** Starts on an ephemeral port. */
    public FakeOllamaServer() {
        this(0);
    }

    /** Starts on {@code port} (0 = ephemeral). */
    public FakeOllamaServer(int port) {
        this.port = port;
        start();
    }

    /** (Re)starts listening on the same port as before; a no-op when already running. */
    public synchronized void start() {
        if (serverSocket != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = socket.getLocalPort();
            serverSocket = socket;
            acceptor = Thread.ofVirtual().name("fake-ollama-accept-" + port).start(() -> acceptLoop(socket));
        } catch (IOException e) {
            throw new UncheckedIOException("fake Ollama could not listen on port " + port, e);
        }
    }

    /** Stops listening and drops every open connection, like a killed Ollama. */
    public synchronized void stop() {
        ServerSocket socket = serverSocket;
        serverSocket = null;
        closeQuietly(socket);
        openSockets.forEach(FakeOllamaServer::closeQuietly);
        openSockets.clear();
        // the JDK closes a socket's descriptor only once the thread blocked in accept() has left it
        Thread accepting = acceptor;
        if (accepting != null) {
            try {
                accepting.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return serverSocket != null;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    // ---- scripting ----

    public FakeOllamaServer addModel(FakeModel model) {
        installed.put(model.name(), model);
        return this;
    }

    public FakeOllamaServer addModel(String name) {
        return addModel(FakeModel.named(name));
    }

    public void removeModel(String name) {
        installed.remove(FakeModel.normalize(name));
    }

    public Collection<FakeModel> installedModels() {
        return List.copyOf(installed.values());
    }

    /** Makes a model available to {@code /api/pull}; pulling anything else fails like an unknown model. */
    public FakeOllamaServer publish(FakeModel model) {
        registry.put(model.name(), model);
        return this;
    }

    /** Marks an installed model as loaded (listed by {@code /api/ps}). */
    public FakeOllamaServer markRunning(String name, Instant expiresAt) {
        running.put(FakeModel.normalize(name), expiresAt);
        return this;
    }

    /** The answer of every chat/generate call (unless one is queued with {@link #enqueueChat}). */
    public FakeOllamaServer chatScript(ChatScript script) {
        this.chatScript = script;
        return this;
    }

    /** An answer used once, before the default script; queue several for successive calls. */
    public synchronized FakeOllamaServer enqueueChat(ChatScript script) {
        nextChats.addLast(script);
        return this;
    }

    /** An error status and body every {@code /api/embed} call of an installed model answers; null for vectors again. */
    public FakeOllamaServer failEmbeddings(Integer status, String body) {
        this.embedFailure = status == null ? null : new EmbedFailure(status, body);
        return this;
    }

    public FakeOllamaServer pullScript(PullScript script) {
        this.pullScript = script;
        return this;
    }

    public FakeOllamaServer version(String newVersion) {
        this.version = newVersion;
        return this;
    }

    // ---- assertions ----

    public List<ReceivedRequest> requests() {
        return List.copyOf(requests);
    }

    public List<ReceivedRequest> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public Optional<ReceivedRequest> lastRequest(String path) {
        List<ReceivedRequest> matching = requests(path);
        return matching.isEmpty() ? Optional.empty() : Optional.of(matching.getLast());
    }

    public void clearRequests() {
        requests.clear();
    }

    /** How many times a client closed a connection while the fake was still answering (stall or stream). */
    public int clientDisconnects() {
        return clientDisconnects.get();
    }

    /** Waits up to {@code timeout} for at least {@code count} client disconnects; true if they happened. */
    public boolean awaitClientDisconnects(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (clientDisconnects.get() < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    // ---- package-private state for the handlers ----

    Map<String, FakeModel> installedMap() {
        return installed;
    }

    Map<String, FakeModel> registryMap() {
        return registry;
    }

    Map<String, Instant> runningMap() {
        return running;
    }

    synchronized ChatScript takeChatScript() {
        ChatScript queued = nextChats.pollFirst();
        return queued != null ? queued : chatScript;
    }

    EmbedFailure currentEmbedFailure() {
        return embedFailure;
    }

    record EmbedFailure(int status, String body) {}

    PullScript currentPullScript() {
        return pullScript;
    }

    String currentVersion() {
        return version;
    }

    void countClientDisconnect() {
        clientDisconnects.incrementAndGet();
    }

    // ---- connections ----

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                client.setTcpNoDelay(true);
                openSockets.add(client);
                if (serverSocket != socket) {
                    // stop() ran between accept and add: this connection must not outlive it
                    openSockets.remove(client);
                    closeQuietly(client);
                    return;
                }
                Thread.ofVirtual().name("fake-ollama-conn").start(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            FakeHttpResponse response = new FakeHttpResponse(client.getOutputStream());
            while (true) {
                FakeHttpRequest request = FakeHttpRequest.read(in);
                if (request == null) {
                    return;
                }
                requests.add(new ReceivedRequest(request.method(), request.path(), request.body(), parse(request.body())));
                boolean keepOpen = handlers.handle(request, response, client);
                if (!keepOpen || request.wantsClose()) {
                    return;
                }
            }
        } catch (SocketException e) {
            // the client or stop() closed the connection
        } catch (IOException e) {
            // a broken connection ends this exchange, as it would with Ollama
        } finally {
            openSockets.remove(client);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is best effort
        }
    }

}
