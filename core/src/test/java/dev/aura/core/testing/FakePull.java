package dev.aura.core.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code /api/pull}: the same status lines, in the same order, as Ollama sends them. */
final class FakePull {
    private final FakeOllamaServer server;

    FakePull(FakeOllamaServer server) {
        this.server = server;
    }

    boolean handle(String name, boolean stream, FakeHttpResponse response) throws IOException {
        FakeModel model = server.registryMap().get(FakeModel.normalize(name));
        List<String> lines = new ArrayList<>();
        lines.add(status("pulling manifest"));
        String error = null;
        if (model == null) {
            error = "pull model manifest: file does not exist";
        } else {
            error = layers(model, lines);
        }
        if (error == null) {
            lines.add(status("verifying sha256 digest"));
            lines.add(status("writing manifest"));
            lines.add(status("removing any unused layers"));
            lines.add(status("success"));
        }
        if (!stream) {
            pace(lines.size());
            if (error != null) {
                response.json(500, FakeOllamaHandlers.error(error));
            } else {
                install(model);
                response.json(200, status("success"));
            }
            return true;
        }
        try {
            response.startStream();
            for (String line : lines) {
                pace(1);
                if (line.contains("\"success\"")) {
                    install(model);
                }
                response.line(line);
            }
            if (error != null) {
                response.line(FakeOllamaHandlers.error(error));
            }
            response.endStream();
            return true;
        } catch (IOException e) {
            server.countClientDisconnect();
            return false;
        }
    }

    /** Adds the progress lines of each layer; returns the disk-full error when the script says so. */
    private String layers(FakeModel model, List<String> lines) {
        PullScript script = server.currentPullScript();
        int step = 0;
        for (int layer = 0; layer < script.layerSizes().size(); layer++) {
            long total = script.layerSizes().get(layer);
            String digest = "sha256:" + String.format("%064x", (long) (model.name() + layer).hashCode() & 0xffffffffL);
            String short12 = digest.substring(7, 19);
            // Ollama omits "completed" until some of a layer has arrived
            ObjectNode first = FakeOllamaServer.JSON.createObjectNode();
            first.put("status", "pulling " + short12).put("digest", digest).put("total", total);
            lines.add(first.toString());
            for (int i = 1; i <= script.stepsPerLayer(); i++) {
                if (script.diskFullAfterSteps() >= 0 && step++ >= script.diskFullAfterSteps()) {
                    return "write /usr/share/ollama/.ollama/models/blobs/sha256-" + short12
                            + "-partial: no space left on device";
                }
                ObjectNode line = FakeOllamaServer.JSON.createObjectNode();
                line.put("status", "pulling " + short12).put("digest", digest).put("total", total)
                        .put("completed", total * i / script.stepsPerLayer());
                lines.add(line.toString());
            }
        }
        return null;
    }

    private void install(FakeModel model) {
        server.addModel(new FakeModel(model.name(), model.family(), model.parameterSize(), model.quantizationLevel(),
                model.format(), model.size(), model.digest(), Instant.now(), model.contextLength()));
    }

    private void pace(int steps) {
        long millis = server.currentPullScript().stepDelay().toMillis() * steps;
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String status(String status) {
        return FakeOllamaServer.JSON.createObjectNode().put("status", status).toString();
    }
}
