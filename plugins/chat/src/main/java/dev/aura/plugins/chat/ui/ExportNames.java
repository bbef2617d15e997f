package dev.aura.plugins.chat.ui;

/** A file name proposed for an export: the title without characters file systems refuse. */
final class ExportNames {
    private ExportNames() {}

    static String fileName(String title, String extension) {
        String base = title == null ? "" : title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip();
        base = base.replaceAll("\\s+", " ");
        if (base.length() > 80) {
            base = base.substring(0, 80).strip();
        }
        return (base.isEmpty() ? "conversation" : base) + "." + extension;
    }
}
