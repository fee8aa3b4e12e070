package app.frontline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import org.jspecify.annotations.Nullable;

/**
 * A dashboard card: label, value and the change coloured by the metric's direction, the definition
 * as a tooltip, the benchmark status as a badge and the card's left edge; optionally a note under the
 * label (what a number is a share of) and a sparkline.
 */
class KpiCard extends Div {

    KpiCard(Api.Metric metric, Numbers numbers, @Nullable String note, @Nullable Component trend) {
        setId("kpi-" + metric.key());
        addClassNames("kpi-card", Display.FLEX, FlexDirection.COLUMN, Background.CONTRAST_5, BorderRadius.LARGE,
                Padding.SMALL);
        var definition = metric.definition();
        getElement().setAttribute("title", metric.label() + ": " + (definition == null ? ""
                : definition.description() + "\nFormula: " + definition.formula()) + "\n"
                + (metric.direction() == null ? "" : Formats.better(metric.direction())));
        var label = new Span(metric.label());
        label.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        add(label);
        if (note != null) {
            var hint = new Span(note);
            hint.addClassNames("kpi-note", FontSize.XXSMALL, TextColor.TERTIARY);
            add(hint);
        }
        var value = new Span(numbers.value(metric.unit(), metric.value()));
        value.addClassNames("kpi-value", FontSize.XLARGE, FontWeight.SEMIBOLD);
        // a duration or an amount stays on one line; the grid gives the card the room
        value.getStyle().set("white-space", "nowrap");
        add(value, change(metric, numbers));
        if (trend != null) {
            add(trend);
        }
        Span status = StatusStyle.badge(metric.status());
        if (status != null) {
            getElement().setAttribute("data-status", metric.status().name());
            getStyle().set("border-left", "4px solid " + switch (metric.status()) {
                case OK -> "var(--lumo-success-color)";
                case WARN -> "var(--lumo-warning-color, #e8590c)";
                default -> "var(--lumo-error-color)";
            });
            add(status);
        }
    }

    /** "▲ +3 vs 1", "no change vs 4.3", tinted by whether the change is good news. */
    static Span change(Api.Metric metric, Numbers numbers) {
        var change = new Span();
        change.addClassNames("kpi-change", FontSize.XSMALL);
        if (metric.previous() == null || metric.unit() == null || metric.direction() == null) {
            change.setText("no previous value");
            change.addClassNames(TextColor.TERTIARY);
            return change;
        }
        Formats.Tone tone = Formats.tone(metric.direction(), metric.unit(), metric.change());
        change.getElement().setAttribute("data-tone", tone.name());
        boolean still = metric.change() == null || Formats.shownAsZero(metric.unit(), metric.change());
        String arrow = still ? "" : metric.change() > 0 ? "▲ " : "▼ ";
        change.setText(arrow + numbers.change(metric.unit(), metric.change()) + " vs "
                + numbers.value(metric.unit(), metric.previous()));
        change.addClassNames(switch (tone) {
            case BETTER -> TextColor.SUCCESS;
            case WORSE -> TextColor.ERROR;
            case SAME -> TextColor.SECONDARY;
        });
        return change;
    }
}
