package dev.aura.plugins.analytics.model;

import java.util.List;

/** A page of calls, newest first; {@code next} is null on the last page. */
public record CallPage(List<CallRow> rows, CallCursor next) {
    public CallPage {
        rows = List.copyOf(rows);
    }
}
