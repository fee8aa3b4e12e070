package app.frontline.ui;

import jakarta.annotation.security.RolesAllowed;
import app.frontline.metric.MetricCatalogue;
import app.frontline.metric.MetricDefinition;
import app.frontline.metric.MetricGroup;
import app.frontline.period.PeriodPreset;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.client.GraphQlClient;
import reactor.core.Disposable;

/**
 * The manager's dashboard, in the order a manager reads it: the headline KPIs with their daily
 * trend, the metrics past their benchmark, the agents whose numbers moved most, then the rest of the
 * catalogue by group, conversations per day and the weekly table. All filters live in the URL. On
 * Today the numbers follow imports (the {@code todayKpis} subscription and server push, as on /me).
 */
@RolesAllowed({"ADMIN", "MANAGER"})
@Route(value = "dashboard", layout = MainLayout.class)
@PageTitle("Dashboard · Frontline")
class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(DashboardView.class);
    private static final List<String> KEYS = MetricCatalogue.all().stream().map(MetricDefinition::key).toList();
    /**
     * The first screen's metrics: volume, speed, keeping the promise, satisfaction and money, one
     * question each. The catalogue has no notion of a headline metric (yet), so the dashboard names
     * them; each must be a catalogue key (checked at start-up).
     */
    /** The catalogue's headline KPIs, in the order it gives them. */
    static final List<String> HEADLINE = MetricCatalogue.headlines().stream().map(MetricDefinition::key).toList();

    private final GraphQlClient client;
    private final CurrencySettings currency;
    private final Div story = new Div();
    /** Today's subscription while the dashboard shows Today; null otherwise. */
    private @Nullable Disposable live;
    private int pushes;

    DashboardView(GraphQlClient uiGraphQlClient, CurrencySettings currency) {
        this.client = uiGraphQlClient;
        this.currency = currency;
        setMaxWidth("80rem");
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        story.setId("story");
    }

    /** The shape of {@code graphql-documents/dashboard.graphql}'s result. */
    record Data(List<Api.TeamRef> teams, Api.@Nullable Kpis kpis, @Nullable TeamData team) {
    }

    record TeamData(String id, String name, Api.Kpis kpis) {
    }

    record SparklineData(SparklineSeries series) {
    }

    record SparklineSeries(List<SparklinePoint> points) {
    }

    record SparklinePoint(LocalDate start, @Nullable Double value) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long started = System.nanoTime();
        stopLive();
        pushes = 0;
        Filters filters = Filters.parse(event.getLocation().getQueryParameters());
        removeAll();
        story.removeAll();
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
            boolean today = filters.preset() == PeriodPreset.TODAY;
            add(new PeriodCaption(filters, kpis.period(), data.team(), today));
            add(story);
            showStory(filters, kpis, data.team());
            add(new WeeklyTable(client, filters, kpis.period(), currency.numbers(getLocale()),
                    f -> getUI().ifPresent(ui -> ui.navigate(DashboardView.class, f.toQuery()))));
            if (today) {
                startLive(filters, kpis.period().timeZone(), data.team());
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        getElement().setAttribute("data-server-ms", Long.toString(millis));
        log.debug("dashboard {} built in {} ms", filters.toQuery().getQueryString(), millis);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopLive();
    }

    /** Everything that depends on the numbers: rebuilt as a whole when Today's numbers change. */
    private void showStory(Filters filters, Api.Kpis kpis, @Nullable TeamData team) {
        story.removeAll();
        if (kpis.isEmpty() || kpis.period() == null) {
            story.add(new Notice("no-data", Notice.NO_DATA, ""));
            return;
        }
        Numbers numbers = currency.numbers(getLocale());
        List<Api.Metric> headline = HEADLINE.stream()
                .flatMap(k -> kpis.metrics().stream().filter(m -> m.key().equals(k))).toList();
        var cards = grid("headline", "minmax(min(100%, 10rem), 1fr)");
        Map<String, Object> trendPeriod = trendPeriod(kpis.period());
        headline.forEach(m -> cards.add(new KpiCard(m, numbers, note(m.key(), team), sparkline(m, filters, trendPeriod))));
        story.add(cards);

        story.add(heading("Needs attention", "attention-heading"), new Attention(kpis.metrics(), numbers));
        story.add(heading("Movers among agents", "movers-heading"));
        String linkQuery = filters.withColumns(List.of()).toQuery().getQueryString();
        Queries.fetch(client.documentName("dashboardMovers").variable("period", filters.period())
                .variable("teamId", filters.team()).variable("channel", filters.channel())
                .variable("keys", HEADLINE), Movers.Data.class, "The movers")
                .ifPresent(d -> story.add(new Movers(d.agents(), headline, numbers, linkQuery)));

        var rest = new Div();
        rest.setId("kpi-cards");
        for (MetricGroup group : MetricGroup.values()) {
            List<Api.Metric> metrics = kpis.metrics().stream().filter(m -> !HEADLINE.contains(m.key())
                    && m.definition() != null && m.definition().group() == group).toList();
            if (!metrics.isEmpty()) {
                var groupCards = grid("group-" + group.name(), "minmax(9rem, 1fr)");
                metrics.forEach(m -> groupCards.add(new KpiCard(m, numbers, note(m.key(), team), null)));
                rest.add(heading(group.label(), null), groupCards);
            }
        }
        story.add(rest, new TicketVolume(client, filters));
    }

    /**
     * The days a sparkline covers: the period itself, or the 14 days up to its end when it is
     * shorter than a week (Today, Yesterday), so even a one-day period shows a trend.
     */
    private static Map<String, Object> trendPeriod(Api.PeriodInfo period) {
        LocalDate from = period.days() >= 7 ? period.from() : period.to().minusDays(13);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("from", from.toString());
        input.put("to", period.to().toString());
        input.put("timeZone", period.timeZone());
        return input;
    }

    private @Nullable Sparkline sparkline(Api.Metric metric, Filters filters, Map<String, Object> period) {
        var request = client.documentName("dashboardSparkline").variable("metric", metric.key())
                .variable("period", period).variable("teamId", filters.team()).variable("channel", filters.channel());
        return Queries.fetch(request, SparklineData.class, "The trend of " + metric.label())
                .map(d -> new Sparkline(d.series().points().stream().map(SparklinePoint::value).toList(),
                        metric.label() + " per day from " + period.get("from") + " to " + period.get("to")))
                .orElse(null);
    }

    /** What a team's number is of: the CSR share divides by the whole store's orders, not the team's. */
    private static @Nullable String note(String key, @Nullable TeamData team) {
        if (team == null) {
            return null;
        }
        return switch (key) {
            case "csrOrdersShare" -> "of the whole store's orders";
            case "orders", "revenue" -> "created by the team's agents";
            default -> null;
        };
    }

    private static Div grid(String id, String column) {
        var grid = new Div();
        grid.setId(id);
        grid.addClassNames(Display.GRID, Gap.SMALL);
        grid.getStyle().set("grid-template-columns", "repeat(auto-fill, " + column + ")");
        return grid;
    }

    private static H3 heading(String text, @Nullable String id) {
        var heading = new H3(text);
        if (id != null) {
            heading.setId(id);
        }
        heading.addClassNames(FontSize.MEDIUM, Margin.Top.LARGE, Margin.Bottom.SMALL);
        return heading;
    }

    /**
     * Follows today's numbers: after each import (coalesced by the server to one push a second) the
     * cards, breaches, movers and chart are rebuilt from the pushed numbers. The subscription's first
     * push (sent at once) is the page just shown, so it is skipped.
     */
    private void startLive(Filters filters, String zone, @Nullable TeamData team) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        live = client.documentName("dashboard").operationName("DashboardLive").variable("teamId", filters.team())
                .variable("channel", filters.channel()).variable("timeZone", zone).variable("keys", KEYS)
                .executeSubscription()
                .skip(1)
                .filter(response -> response.isValid() && response.getErrors().isEmpty())
                .map(response -> response.field("todayKpis").toEntity(Api.Kpis.class))
                .subscribe(kpis -> ui.access(() -> {
                    showStory(filters, kpis, team);
                    // how many pushes the page has taken: what a test waits for
                    story.getElement().setAttribute("data-pushes", Integer.toString(++pushes));
                }), error -> log.debug("dashboard live stopped: {}", error.getMessage()));
    }

    private void stopLive() {
        if (live != null) {
            live.dispose();
            live = null;
        }
    }

    /** What the numbers cover: "Last week, 2026-11-02 – 2026-11-08 · Europe/Amsterdam · Team EMEA". */
    private static final class PeriodCaption extends Span {
        PeriodCaption(Filters filters, Api.PeriodInfo period, @Nullable TeamData team, boolean live) {
            setId("period-label");
            setText(period.describe() + " · " + (team == null ? "whole store" : "team " + team.name())
                    + (filters.channel() == null ? "" : " · " + filters.channel().toLowerCase(Locale.ROOT)
                            + " only") + " · changes against the previous period of equal length"
                    + (live ? " · live: follows imports" : ""));
            addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        }
    }
}
