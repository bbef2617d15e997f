package dev.aura.plugins.models.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.aura.core.ollama.InstalledModel;
import dev.aura.core.ollama.ModelDetails;
import dev.aura.core.ollama.RunningModel;
import dev.aura.core.util.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --json} shapes: stable field names, sizes in bytes, times in ISO-8601 UTC (null when unknown). */
final class CliJson {

    private CliJson() {}

    static String write(Object value) {
        try {
            return Json.PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    static Map<String, Object> installed(InstalledModel m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", m.name());
        json.put("sizeBytes", m.sizeBytes());
        json.put("digest", m.digest());
        json.put("family", m.family());
        json.put("parameterSize", m.parameterSize());
        json.put("quantization", m.quantization());
        json.put("format", m.format());
        json.put("modifiedAt", time(m.modifiedAt()));
        return json;
    }

    static Map<String, Object> running(RunningModel m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", m.name());
        json.put("sizeBytes", m.sizeBytes());
        json.put("vramBytes", m.sizeVram());
        json.put("parameterSize", m.parameterSize());
        json.put("quantization", m.quantization());
        json.put("contextLength", m.contextLength());
        json.put("expiresAt", time(m.expiresAt()));
        return json;
    }

    static Map<String, Object> details(ModelDetails d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", d.name());
        json.put("family", d.family());
        json.put("parameterSize", d.parameterSize());
        json.put("quantization", d.quantization());
        json.put("format", d.format());
        json.put("capabilities", d.capabilities());
        json.put("modifiedAt", time(d.modifiedAt()));
        json.put("license", d.license());
        json.put("parameters", d.parameters());
        json.put("template", d.template());
        json.put("system", d.system());
        json.put("modelfile", d.modelfile());
        json.put("modelInfo", d.modelInfo());
        return json;
    }

    private static String time(Instant instant) {
        return instant == null || instant.equals(Instant.EPOCH) ? null : instant.toString();
    }
}
