package dev.aura.plugins.automation.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aura.core.util.Json;
import dev.aura.plugins.automation.model.Permissions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Confirmed permissions as the JSON the local permission table holds. */
final class PermissionsJson {
    private PermissionsJson() {}

    static String write(Permissions permissions) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        permissions.folders().forEach(folder -> node.withArray("folders").add(folder.toString()));
        permissions.hosts().forEach(host -> node.withArray("hosts").add(host));
        permissions.executables().forEach(exe -> node.withArray("executables").add(exe));
        node.put("shellEnabled", permissions.shellEnabled());
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write permissions as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Permissions read(String json) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored confirmed permissions are not valid JSON ("
                    + e.getOriginalMessage() + "). Confirm the workflow's permissions again before it runs.", e);
        }
        return new Permissions(strings(node.path("folders")).stream().map(Path::of).toList(),
                strings(node.path("hosts")), strings(node.path("executables")),
                node.path("shellEnabled").asBoolean(false));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
