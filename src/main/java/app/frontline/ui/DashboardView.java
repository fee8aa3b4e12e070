package app.frontline.ui;

import jakarta.annotation.security.RolesAllowed;
import app.frontline.metric.MetricCatalogue;
import app.frontline.metric.MetricDefinition;
import app.frontline.metric.MetricGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.client.GraphQlClient;

/**
 * The manager's dashboard: every metric of the catalogue as a card, grouped like the catalogue,
 * with the change against the previous period; then conversations per day and the weekly table. All filters live in the URL.
 */
@RolesAllowed({"ADMIN", "MANAGER"})
@Route(value = "dashboard", layout = MainLayout.class)
@PageTitle("Dashboard · Frontline")
class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(DashboardView.class);
    private static final List<String> KEYS = MetricCatalogue.all().stream().map(MetricDefinition::key).toList();

    private final GraphQlClient client;

    DashboardView(GraphQlClient uiGraphQlClient) {
        this.client = uiGraphQlClient;
        setMaxWidth("80rem");
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    /** The shape of {@code graphql-documents/dashboard.graphql}'s result. */
    record Data(List<Api.TeamRef> teams, Api.@Nullable Kpis kpis, @Nullable TeamData team) {
    }

    record TeamData(String id, String name, Api.Kpis kpis) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long started = System.nanoTime();
        Filters filters = Filters.parse(event.getLocation().getQueryParameters());
        removeAll();
        add(new H2("Dashboard"));

        var request = filters.team() == null
                ? client.documentName("dashboard").operationName("StoreDashboard")
                : client.documentName("dashboard").operationName("TeamDashboard").variable("teamId", filters.team());
        Data data = Queries.fetch(request.variable("period", filters.period()).variable("channel", filters.channel())
                .variable("keys", KEYS), Data.class, "The dashboard").orElse(null);
        Api.Kpis kpis = data == null ? null : data.team() != null ? data.team().kpis() : data.kpis();
        String zone = kpis != null && kpis.period() != null ? kpis.period().timeZone() : filters.zone();
        add(new FilterBar(filters, zone, data == null ? List.of() : data.teams(),
                f -> getUI().ifPresent(ui -> ui.navigate(DashboardView.class, f.toQuery()))));

        if (data != null && filters.team() != null && data.team() == null) {
            add(new Notice("no-team", "No such team", "there is no team with id " + filters.team() + "."));
        } else if (kpis != null && kpis.period() != null) {
            add(new PeriodCaption(filters, kpis.period(), data.team()));
            add(kpis.isEmpty() ? new Notice("no-data", Notice.NO_DATA, "") : new KpiCards(kpis));
            if (!kpis.isEmpty()) {
                add(new TicketVolume(client, filters));
            }
            add(new WeeklyTable(client, filters, kpis.period(),
                    f -> getUI().ifPresent(ui -> ui.navigate(DashboardView.class, f.toQuery()))));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        getElement().setAttribute("data-server-ms", Long.toString(millis));
        log.debug("dashboard {} built in {} ms", filters.toQuery().getQueryString(), millis);
    }

    /** What the numbers cover: "Last week, 2026-11-02 – 2026-11-08 · Europe/Amsterdam · Team EMEA". */
    private static final class PeriodCaption extends Span {
        PeriodCaption(Filters filters, Api.PeriodInfo period, @Nullable TeamData team) {
            setId("period-label");
            setText(period.describe() + " · " + (team == null ? "whole store" : "team " + team.name())
                    + (filters.channel() == null ? "" : " · " + filters.channel().toLowerCase(java.util.Locale.ROOT)
                            + " only") + " · changes against the previous period of equal length");
            addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        }
    }

    /** The cards, one section per catalogue group, in the catalogue's order. */
    private static final class KpiCards extends Div {
        KpiCards(Api.Kpis kpis) {
            setId("kpi-cards");
            for (MetricGroup group : MetricGroup.values()) {
                List<Api.Metric> metrics = kpis.metrics().stream()
                        .filter(m -> m.definition() != null && m.definition().group() == group).toList();
                if (metrics.isEmpty()) {
                    continue;
                }
                var heading = new H3(group.label());
                heading.addClassNames(FontSize.MEDIUM, Margin.Top.LARGE, Margin.Bottom.SMALL);
                var cards = new Div();
                cards.setId("group-" + group.name());
                cards.addClassNames(Display.GRID, Gap.SMALL);
                cards.getStyle().set("grid-template-columns", "repeat(auto-fill, minmax(9rem, 1fr))");
                metrics.forEach(m -> cards.add(new Card(m)));
                add(heading, cards);
            }
        }
    }

    /** Label, value, and the change coloured by the metric's direction; the definition as a tooltip. */
    private static final class Card extends Div {
        Card(Api.Metric metric) {
            setId("kpi-" + metric.key());
            addClassNames("kpi-card", Display.FLEX, FlexDirection.COLUMN, Background.CONTRAST_5, BorderRadius.LARGE,
                    Padding.SMALL);
            var definition = metric.definition();
            getElement().setAttribute("title", metric.label() + ": " + (definition == null ? ""
                    : definition.description() + "\nFormula: " + definition.formula()) + "\n"
                    + Formats.better(metric.direction()));
            var label = new Span(metric.label());
            label.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
            var value = new Span(Formats.value(metric.unit(), metric.value()));
            value.addClassNames("kpi-value", FontSize.XLARGE, FontWeight.SEMIBOLD);
            add(label, value, change(metric));
            // the benchmark status under the change, and as the card's left edge
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

        private static Span change(Api.Metric metric) {
            var change = new Span();
            change.addClassNames("kpi-change", FontSize.XSMALL);
            if (metric.previous() == null) {
                change.setText("no previous value");
                change.addClassNames(TextColor.TERTIARY);
                return change;
            }
            Formats.Tone tone = Formats.tone(metric.direction(), metric.change());
            change.getElement().setAttribute("data-tone", tone.name());
            String arrow = metric.change() == null || metric.change() == 0 ? "" : metric.change() > 0 ? "▲ " : "▼ ";
            change.setText(arrow + Formats.change(metric.unit(), metric.change()) + " vs "
                    + Formats.value(metric.unit(), metric.previous()));
            change.addClassNames(switch (tone) {
                case BETTER -> TextColor.SUCCESS;
                case WORSE -> TextColor.ERROR;
                case SAME -> TextColor.SECONDARY;
            });
            return change;
        }
    }
}
