package dev.aura.plugins.chat.ui.markdown;

import javafx.scene.layout.VBox;

/**
 * A run of finished blocks. It remembers its heights for the last width asked, so laying out the answer while the
 * last block grows does not ask every finished block again: a VBox does not cache a height for a given width, and a
 * long answer would otherwise cost more layout per pulse the longer it gets. Any change inside clears the memory.
 */
final class BlockPage extends VBox {
    private double prefHeightWidth = Double.NaN;
    private double cachedPrefHeight;
    private double minHeightWidth = Double.NaN;
    private double cachedMinHeight;

    BlockPage() {
        getStyleClass().add("md-page");
    }

    @Override
    protected double computePrefHeight(double width) {
        if (Double.compare(width, prefHeightWidth) != 0) {
            cachedPrefHeight = super.computePrefHeight(width);
            prefHeightWidth = width;
        }
        return cachedPrefHeight;
    }

    @Override
    protected double computeMinHeight(double width) {
        if (Double.compare(width, minHeightWidth) != 0) {
            cachedMinHeight = super.computeMinHeight(width);
            minHeightWidth = width;
        }
        return cachedMinHeight;
    }

    @Override
    public void requestLayout() {
        prefHeightWidth = Double.NaN;
        minHeightWidth = Double.NaN;
        super.requestLayout();
    }
}
