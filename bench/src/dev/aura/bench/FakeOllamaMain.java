package dev.aura.bench;

import dev.aura.core.testing.FakeModel;
import dev.aura.core.testing.FakeOllamaServer;

/**
 * Runs core's FakeOllamaServer standalone on loopback, with a few installed models, until stdin closes or the process
 * is killed: {@code java -cp <bench classes>:<core test-jar>:app/target/lib/* dev.aura.bench.FakeOllamaMain [port]}.
 * Prints {@code OLLAMA_HOST=<url>} once it listens.
 */
public final class FakeOllamaMain {
    private FakeOllamaMain() {}

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        try (FakeOllamaServer server = withSampleModels(new FakeOllamaServer(port))) {
            System.out.println("OLLAMA_HOST=" + server.url());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until stdin closes
            }
        }
    }

    /** The models a typical profile shows in the Models panel. */
    static FakeOllamaServer withSampleModels(FakeOllamaServer server) {
        return server.addModel("llama3.2:3b").addModel("qwen2.5-coder:7b").addModel("nomic-embed-text:latest")
                .addModel("gemma3:4b").publish(FakeModel.named("llama3.2"));
    }
}
