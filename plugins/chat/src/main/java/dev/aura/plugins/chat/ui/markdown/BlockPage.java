package dev.aura.plugins.chat.ui.markdown;

import javafx.scene.layout.VBox;

/**
 * A run of finished blocks. It remembers its heights, so laying out the answer while the last block grows does not
 * ask every finished block again: a VBox does not cache a height for a given width, and a long answer would
 * otherwise cost more layout per pulse the longer it gets. Heights are kept for the last few widths, because a
 * ScrollPane asks for several (unbounded, with and without its scroll bar) in every layout pass, and a wrapped text
 * asked for two widths in turn lays itself out again each time. Any change inside clears them.
 */
final class BlockPage extends VBox {
    private final HeightMemory pref = new HeightMemory();
    private final HeightMemory min = new HeightMemory();

    BlockPage() {
        getStyleClass().add("md-page");
    }

    @Override
    protected double computePrefHeight(double width) {
        double known = pref.get(width);
        return Double.isNaN(known) ? pref.put(width, super.computePrefHeight(width)) : known;
    }

    @Override
    protected double computeMinHeight(double width) {
        double known = min.get(width);
        return Double.isNaN(known) ? min.put(width, super.computeMinHeight(width)) : known;
    }

    @Override
    public void requestLayout() {
        pref.clear();
        min.clear();
        super.requestLayout();
    }

    /** Heights for the last few widths asked (-1 among them); NaN when unknown. */
    private static final class HeightMemory {
        private static final int SLOTS = 4;
        private final double[] widths = new double[SLOTS];
        private final double[] heights = new double[SLOTS];
        private int next;

        HeightMemory() {
            clear();
        }

        double get(double width) {
            for (int i = 0; i < SLOTS; i++) {
                if (Double.compare(widths[i], width) == 0) {
                    return heights[i];
                }
            }
            return Double.NaN;
        }

        double put(double width, double height) {
            widths[next] = width;
            heights[next] = height;
            next = (next + 1) % SLOTS;
            return height;
        }

        void clear() {
            java.util.Arrays.fill(widths, Double.NaN);
        }
    }
}
