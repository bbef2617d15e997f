package dev.aura.core.ollama;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A streamed response body as an {@link InputStream} that hands out every byte received before it reports a broken
 * connection. The JDK's {@code ofInputStream()} may drop the last chunks when the server dies right after sending
 * them, which loses the end of a partial answer. {@link #close()} cancels the exchange and wakes a blocked reader.
 */
public final class StreamingBody extends InputStream implements HttpResponse.BodySubscriber<InputStream> {
    private static final Object END = new Object();
    private static final Object CLOSED = new Object();

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final CompletableFuture<InputStream> body = CompletableFuture.completedFuture(this);
    private volatile Flow.Subscription subscription;
    private volatile boolean closed;
    private Iterator<ByteBuffer> buffers = List.<ByteBuffer>of().iterator();
    private ByteBuffer current;
    private Object terminal;

    public static HttpResponse.BodyHandler<InputStream> handler() {
        return info -> new StreamingBody();
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (closed) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        queue.add(item);
    }

    @Override
    public void onError(Throwable error) {
        queue.add(error);
    }

    @Override
    public void onComplete() {
        queue.add(END);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, current.remaining());
        current.get(b, off, n);
        return n;
    }

    /** True when {@code current} has bytes; false at the clean end; throws at a broken end or after close. */
    private boolean fill() throws IOException {
        while (current == null || !current.hasRemaining()) {
            if (buffers.hasNext()) {
                current = buffers.next();
                continue;
            }
            if (terminal == null) {
                terminal = next();
            }
            if (terminal == END) {
                return false;
            }
            if (terminal == CLOSED || closed) {
                throw new IOException("the response stream was closed");
            }
            if (terminal instanceof Throwable error) {
                throw error instanceof IOException io ? io : new IOException(error.getMessage(), error);
            }
        }
        return true;
    }

    /** The next item: buffers are returned by switching {@code buffers}; anything else is terminal. */
    @SuppressWarnings("unchecked")
    private Object next() throws IOException {
        while (true) {
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading from Ollama");
            }
            if (item instanceof List<?> list) {
                buffers = ((List<ByteBuffer>) list).iterator();
                Flow.Subscription s = subscription;
                if (s != null && !closed) {
                    s.request(1);
                }
                if (buffers.hasNext()) {
                    current = buffers.next();
                    if (current.hasRemaining()) {
                        return null;
                    }
                }
                continue;
            }
            return item;
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        queue.add(CLOSED);
    }
}
