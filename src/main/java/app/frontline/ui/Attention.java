package app.frontline.ui;

import app.frontline.metric.MetricStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.util.Comparator;
import java.util.List;

/**
 * What needs attention: the metrics past their benchmark, breaches before warnings, each with its
 * value and change. When nothing is breached it says so, or that no benchmark is set.
 */
class Attention extends Div {

    Attention(List<Api.Metric> metrics, Numbers numbers) {
        setId("attention");
        addClassNames(Display.FLEX, FlexWrap.WRAP, Gap.SMALL);
        List<Api.Metric> flagged = metrics.stream()
                .filter(m -> m.status() == MetricStatus.BREACH || m.status() == MetricStatus.WARN)
                .sorted(Comparator.comparing((Api.Metric m) -> m.status() == MetricStatus.BREACH ? 0 : 1))
                .toList();
        if (flagged.isEmpty()) {
            boolean benchmarked = metrics.stream().anyMatch(m -> m.status() != null && m.status() != MetricStatus.NONE);
            var none = new Span(benchmarked ? "Every benchmarked metric is within its target."
                    : "No benchmarks are set for this scope (see Benchmarks).");
            none.setId("attention-none");
            none.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
            add(none);
            return;
        }
        flagged.forEach(m -> add(item(m, numbers)));
    }

    private static Div item(Api.Metric metric, Numbers numbers) {
        var item = new Div();
        item.addClassNames("attention-item", Display.FLEX, AlignItems.BASELINE, Gap.SMALL);
        item.getElement().setAttribute("data-key", metric.key());
        item.getElement().setAttribute("data-status", metric.status().name());
        item.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)");
        var label = new Span(metric.label());
        label.addClassNames(FontSize.SMALL);
        var value = new Span(numbers.value(metric.unit(), metric.value()));
        value.addClassNames(FontWeight.SEMIBOLD);
        var badge = StatusStyle.badge(metric.status());
        item.add(badge, label, value, KpiCard.change(metric, numbers));
        return item;
    }
}
