package dev.aura.plugins.chat.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.chat.model.Attachment;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A file given with a message: icon, name, size; with a remove button while it is still in the composer. */
final class AttachmentChip {
    private AttachmentChip() {}

    /** @param onRemove null for a sent message's chip */
    static Node of(Attachment attachment, Runnable onRemove) {
        Label name = new Label(attachment.name() + "  " + size(attachment.sizeBytes()),
                new FontIcon(attachment.isImage() ? "fth-image" : "fth-file-text"));
        name.setMinWidth(0);
        name.setTooltip(new Tooltip(attachment.name()));
        HBox chip = new HBox(4, name);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("attachment-chip");
        if (onRemove != null) {
            Button remove = new Button(null, new FontIcon("fth-x"));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "attachment-remove");
            remove.setAccessibleText("remove " + attachment.name());
            remove.setOnAction(e -> onRemove.run());
            chip.getChildren().add(remove);
        }
        return chip;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
