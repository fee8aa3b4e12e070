package app.frontline.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A trend in a card: the values as a small line drawn on the server as SVG (no chart library, no
 * frontend build), stretched to the card's width. Missing values are gaps (a lone value between gaps is not drawn).
 * The values also sit in {@code data-values}, for tests and for a screen reader's label.
 */
class Sparkline extends Div {

    private static final int WIDTH = 100;
    private static final int HEIGHT = 24;

    Sparkline(List<@Nullable Double> values, String description) {
        addClassName("sparkline");
        getElement().setAttribute("data-values", values.stream()
                .map(v -> v == null ? "" : String.format(Locale.ROOT, "%.4f", v)).collect(Collectors.joining(",")));
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
        getStyle().set("height", "1.75rem").set("overflow", "hidden").set("color", "var(--lumo-primary-color)");
        var drawing = new Svg(svg(values));
        // the SVG's 100 % height needs a sized parent: Svg wraps the markup in an element of its own
        drawing.getStyle().set("display", "block").set("width", "100%").set("height", "100%");
        add(drawing);
    }

    /** The SVG markup: one polyline per run of present values, in a 100×24 box stretched to fit. */
    static String svg(List<@Nullable Double> values) {
        List<Double> present = values.stream().filter(Objects::nonNull).toList();
        var svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 " + WIDTH + " " + HEIGHT
                + "' preserveAspectRatio='none' width='100%' height='100%' aria-hidden='true'>");
        if (!present.isEmpty()) {
            double min = present.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double max = present.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            List<String> run = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                Double v = values.get(i);
                if (v == null) {
                    line(svg, run);
                    continue;
                }
                double x = values.size() == 1 ? WIDTH / 2.0 : i * (double) WIDTH / (values.size() - 1);
                // a flat series runs along the middle; 2 units of margin keep the stroke inside
                double y = max == min ? HEIGHT / 2.0 : HEIGHT - 2 - (v - min) / (max - min) * (HEIGHT - 4);
                run.add(String.format(Locale.ROOT, "%.2f,%.2f", x, y));
            }
            line(svg, run);
        }
        return svg.append("</svg>").toString();
    }

    private static void line(StringBuilder svg, List<String> run) {
        if (run.size() > 1) {
            svg.append("<polyline fill='none' stroke='currentColor' stroke-width='1.5' stroke-linejoin='round'"
                    + " vector-effect='non-scaling-stroke' points='").append(String.join(" ", run)).append("'/>");
        }
        run.clear();
    }
}
