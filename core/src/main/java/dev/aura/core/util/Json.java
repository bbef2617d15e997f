package dev.aura.core.util;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The one Jackson mapper of the process: every new mapper repeats the costly type introspection (start-up and first
 * calls). Thread-safe as long as nobody reconfigures it; pretty output goes through {@link #PRETTY}.
 */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private Json() {}
}
