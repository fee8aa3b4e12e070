package app.frontline.ui;

import app.frontline.metric.Unit;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The movers among agents: for each headline metric, the agent whose value changed most for the
 * better and the one whose value changed most for the worse against the previous period; then the
 * largest of those first. Sizes are compared across metrics as a share of the scope's own value
 * (3 more conversations in a store of 4 weigh more than 3 points of CSAT), so the list reads
 * "what moved most" whatever the unit.
 */
class Movers extends Div {

    static final int SHOWN = 6;

    record Data(List<AgentMetrics> agents) {
    }

    record AgentMetrics(String id, String name, @Nullable TeamName team, Api.Kpis kpis) {
    }

    record TeamName(String name) {
    }

    /** One agent's change in one metric, and its size relative to the scope. */
    record Move(AgentMetrics agent, Api.Metric scopeMetric, Api.Metric own, Formats.Tone tone, double weight) {
    }

    Movers(List<AgentMetrics> agents, List<Api.Metric> headline, Numbers numbers, String linkQuery) {
        setId("movers");
        addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.XSMALL);
        List<Move> moves = moves(agents, headline);
        if (moves.isEmpty()) {
            var none = new Span("No agent's headline numbers changed against the previous period.");
            none.setId("movers-none");
            none.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
            add(none);
            return;
        }
        for (Move move : moves) {
            var name = new Anchor("agents/" + move.agent().id() + "?" + linkQuery, move.agent().name());
            var metric = new Span(move.scopeMetric().label());
            metric.addClassNames(TextColor.SECONDARY);
            Unit unit = move.scopeMetric().unit();
            var change = new Span(numbers.change(unit, move.own().change()) + " (" + numbers.value(unit,
                    move.own().previous()) + " → " + numbers.value(unit, move.own().value()) + ")");
            change.addClassNames(move.tone() == Formats.Tone.BETTER ? TextColor.SUCCESS : TextColor.ERROR);
            change.getElement().setAttribute("data-tone", move.tone().name());
            // name and metric in fixed columns on a laptop; on a phone the change wraps whole below them
            name.setMinWidth("9rem");
            metric.setMinWidth("10rem");
            change.getStyle().set("white-space", "nowrap");
            var row = new Div(name, metric, change);
            row.addClassNames("mover", Display.FLEX, FlexWrap.WRAP, Gap.Column.SMALL, FontSize.SMALL);
            row.getElement().setAttribute("data-agent", move.agent().id());
            row.getElement().setAttribute("data-key", move.scopeMetric().key());
            add(row);
        }
    }

    static List<Move> moves(List<AgentMetrics> agents, List<Api.Metric> headline) {
        List<Move> moves = new ArrayList<>();
        for (Api.Metric scope : headline) {
            if (scope.unit() == null || scope.direction() == null) {
                continue;
            }
            double base = Math.max(Math.abs(scope.value() == null ? 0 : scope.value()),
                    Math.abs(scope.previous() == null ? 0 : scope.previous()));
            List<Move> candidates = new ArrayList<>();
            for (AgentMetrics agent : agents) {
                agent.kpis().metrics().stream().filter(m -> m.key().equals(scope.key())).findFirst().ifPresent(own -> {
                    Formats.Tone tone = Formats.tone(scope.direction(), scope.unit(), own.change());
                    if (tone != Formats.Tone.SAME && own.change() != null) {
                        double weight = base == 0 ? Math.abs(own.change()) : Math.abs(own.change()) / base;
                        candidates.add(new Move(agent, scope, own, tone, weight));
                    }
                });
            }
            for (Formats.Tone tone : List.of(Formats.Tone.BETTER, Formats.Tone.WORSE)) {
                candidates.stream().filter(c -> c.tone() == tone).max(Comparator.comparingDouble(Move::weight)
                        .thenComparing(c -> c.agent().name(), Comparator.reverseOrder())).ifPresent(moves::add);
            }
        }
        moves.sort(Comparator.comparingDouble(Move::weight).reversed().thenComparing(m -> m.agent().name()));
        return moves.size() > SHOWN ? moves.subList(0, SHOWN) : moves;
    }
}
