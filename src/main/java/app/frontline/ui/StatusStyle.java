package app.frontline.ui;

import app.frontline.metric.MetricStatus;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Style;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a value's benchmark status looks: a tinted badge on a card, a tinted value in a grid cell.
 * Lumo's own colours, so light and dark themes both work; NONE looks like no status at all.
 */
final class StatusStyle {

    private StatusStyle() {
    }

    /** Inline CSS for a value with this status; empty for NONE. */
    static String css(@Nullable MetricStatus status) {
        return switch (status == null ? MetricStatus.NONE : status) {
            case OK -> "color: var(--lumo-success-text-color); background: var(--lumo-success-color-10pct);"
                    + " border-radius: var(--lumo-border-radius-s); padding: 0 0.25em;";
            case WARN -> "color: var(--lumo-warning-text-color, #8a4b00); background: var(--lumo-warning-color-10pct,"
                    + " #fff1dc); border-radius: var(--lumo-border-radius-s); padding: 0 0.25em;";
            case BREACH -> "color: var(--lumo-error-text-color); background: var(--lumo-error-color-10pct);"
                    + " border-radius: var(--lumo-border-radius-s); padding: 0 0.25em; font-weight: 600;";
            case NONE -> "";
        };
    }

    static String label(MetricStatus status) {
        return switch (status) {
            case OK -> "OK";
            case WARN -> "Warn";
            case BREACH -> "Breach";
            case NONE -> "";
        };
    }

    /** A small badge ("Breach"), or null when there is no status to show. */
    static @Nullable Span badge(@Nullable MetricStatus status) {
        if (status == null || status == MetricStatus.NONE) {
            return null;
        }
        var badge = new Span(label(status));
        badge.addClassName("kpi-status");
        badge.getElement().setAttribute("data-status", status.name());
        badge.getElement().setAttribute("title", "Against its benchmark: " + label(status).toLowerCase(Locale.ROOT));
        badge.getStyle().set("font-size", "var(--lumo-font-size-xxs)").set("align-self", "flex-start")
                .set("text-transform", "uppercase").set("letter-spacing", "0.03em");
        apply(badge.getStyle(), status);
        return badge;
    }

    /** Sets a status' CSS on a component's style. */
    static void apply(Style style, MetricStatus status) {
        for (String declaration : css(status).split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                style.set(declaration.substring(0, colon).trim(), declaration.substring(colon + 1).trim());
            }
        }
    }
}
