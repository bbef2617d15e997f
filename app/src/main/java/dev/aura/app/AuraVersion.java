package dev.aura.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version stamped into the build. */
public final class AuraVersion {
    private AuraVersion() {}

    public static String get() {
        try (InputStream in = AuraVersion.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
