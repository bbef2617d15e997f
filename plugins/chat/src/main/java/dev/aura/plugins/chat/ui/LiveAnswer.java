package dev.aura.plugins.chat.ui;

import java.util.function.Consumer;

/**
 * The text of the answer being streamed, filled from the service's thread. A view attaches to it once it shows the
 * answer: it gets the text so far and then every later chunk, with nothing lost or doubled in between.
 */
public final class LiveAnswer {
    private final StringBuilder text = new StringBuilder();
    private Consumer<String> sink;

    public synchronized void append(String chunk) {
        text.append(chunk);
        if (sink != null) {
            sink.accept(chunk);
        }
    }

    /** {@code start} receives the text so far, then {@code chunks} every later chunk (on the streaming thread). */
    public synchronized void attach(Consumer<String> start, Consumer<String> chunks) {
        start.accept(text.toString());
        this.sink = chunks;
    }

    public synchronized void detach() {
        this.sink = null;
    }

    public synchronized String text() {
        return text.toString();
    }
}
