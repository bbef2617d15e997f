package dev.aura.packaging;

/** Build output of the packaging tool; it is a console program, so it prints. */
final class Log {
    private Log() {}

    static void step(String message) {
        System.out.println("[packaging] " + message);
    }

    static void warn(String message) {
        System.out.println("[packaging] WARNING: " + message);
    }
}
