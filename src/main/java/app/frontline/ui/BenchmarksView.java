package app.frontline.ui;

import jakarta.annotation.security.RolesAllowed;
import app.frontline.security.Access;
import app.frontline.security.Permissions;
import app.frontline.metric.Direction;
import app.frontline.metric.MetricCatalogue;
import app.frontline.metric.MetricDefinition;
import app.frontline.metric.MetricGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.client.GraphQlClient;

/**
 * The benchmark editor: every metric with a direction, its target, warn and breach, store-wide or
 * for one team ({@code ?team=}); a team row shows the store's values it falls back to until it has
 * its own. Reads {@code benchmarkEditor.graphql}, writes with {@code setBenchmark.graphql} and
 * {@code deleteBenchmark.graphql}; refused thresholds come back as field errors on their inputs.
 */
@RolesAllowed({"ADMIN", "MANAGER"})
@Route(value = "benchmarks", layout = MainLayout.class)
@PageTitle("Benchmarks · Frontline")
class BenchmarksView extends VerticalLayout implements BeforeEnterObserver {

    private static final String STORE = "";

    private final GraphQlClient client;
    private final Access access;

    BenchmarksView(GraphQlClient uiGraphQlClient, Access access) {
        this.client = uiGraphQlClient;
        this.access = access;
        setMaxWidth("60rem");
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    record Data(List<Api.TeamRef> teams, List<Thresholds> store, @Nullable List<Thresholds> team) {
    }

    record Thresholds(MetricKey metric, double target, double warn, double breach) {
    }

    record MetricKey(String key) {
    }

    record SaveData(SaveResult setBenchmark) {
    }

    record SaveResult(String kind, @Nullable Thresholds benchmark, @Nullable List<app.frontline.error.FieldError> errors) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> teamParam = event.getLocation().getQueryParameters().getParameters().getOrDefault("team",
                List.of());
        render(teamParam.isEmpty() || teamParam.getFirst().isBlank() ? null : teamParam.getFirst());
    }

    private void render(@Nullable String teamId) {
        removeAll();
        add(new H2("Benchmarks"));
        // the same rule as the setBenchmark field guard: the store's by administrators, a team's also
        // by its managers; everyone else reads them without Save and Remove
        Permissions permissions = access.current();
        boolean editable = teamId == null ? permissions.admin() : permissions.teamBenchmarks(teamId);
        Data data = Queries.fetch(client.documentName("benchmarkEditor").variable("teamId", teamId)
                .variable("withTeam", teamId != null), Data.class, "The benchmarks").orElse(null);
        if (data == null) {
            return;
        }
        var scope = new Select<String>();
        scope.setId("benchmark-scope");
        scope.setLabel("Applies to");
        Map<String, String> names = new LinkedHashMap<>();
        names.put(STORE, "Whole store");
        data.teams().forEach(t -> names.put(t.id(), "Team " + t.name()));
        scope.setItems(new ArrayList<>(names.keySet()));
        scope.setItemLabelGenerator(names::get);
        scope.setValue(teamId == null ? STORE : teamId);
        scope.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate(BenchmarksView.class,
                e.getValue().isEmpty() ? QueryParameters.empty() : QueryParameters.of("team", e.getValue()))));
        var rule = new Paragraph("Each value gets a status: at the warn line or worse it is Warn, at the breach line"
                + " or worse it is Breach, otherwise OK. Higher-is-better metrics need target ≥ warn ≥ breach,"
                + " lower-is-better ones target ≤ warn ≤ breach. A team without its own benchmark uses the"
                + " store's; agents use their team's. The agent capacity target is what the forecast staffs at.");
        rule.addClassNames(FontSize.SMALL, TextColor.SECONDARY, Margin.NONE);
        add(scope, rule);
        if (!editable) {
            var readOnly = new Paragraph(teamId == null
                    ? "Store-wide benchmarks are set by an administrator; choose one of your teams to set its own."
                    : "This team's benchmarks are set by its managers and administrators.");
            readOnly.setId("benchmarks-read-only");
            readOnly.addClassNames(FontSize.SMALL, Margin.NONE);
            add(readOnly);
        }
        if (teamId != null && !names.containsKey(teamId)) {
            add(new Notice("no-team", "No such team", "there is no team with id " + teamId + "."));
            return;
        }
        Map<String, Thresholds> store = byKey(data.store());
        Map<String, Thresholds> own = teamId == null ? store : byKey(data.team() == null ? List.of() : data.team());
        for (MetricGroup group : MetricGroup.values()) {
            List<MetricDefinition> metrics = MetricCatalogue.all().stream()
                    .filter(d -> d.group() == group && d.direction() != Direction.NEUTRAL).toList();
            var heading = new H3(group.label());
            heading.addClassNames(FontSize.MEDIUM, Margin.Top.MEDIUM, Margin.Bottom.NONE);
            add(heading);
            metrics.forEach(m -> add(new Row(m, teamId, own.get(m.key()),
                    teamId == null ? null : store.get(m.key()), editable)));
        }
    }

    private static Map<String, Thresholds> byKey(List<Thresholds> list) {
        return list.stream().collect(Collectors.toMap(t -> t.metric().key(), Function.identity()));
    }

    /** One metric: its three numbers, Save and Remove, and what it falls back to. */
    private final class Row extends Div {
        private final MetricDefinition metric;
        private final @Nullable String teamId;
        private final NumberField target;
        private final NumberField warn;
        private final NumberField breach;
        private final Button remove = new Button("Remove");
        private final Span note = new Span();

        Row(MetricDefinition metric, @Nullable String teamId, @Nullable Thresholds own,
                @Nullable Thresholds fallback, boolean editable) {
            this.metric = metric;
            this.teamId = teamId;
            target = field("Target", "target");
            warn = field("Warn", "warn");
            breach = field("Breach", "breach");
            setId("bench-" + metric.key());
            // a line per metric on a laptop; on a phone the label gets its own line above the inputs
            addClassNames("benchmark-row", Display.FLEX, FlexWrap.WRAP, Gap.SMALL, AlignItems.BASELINE);
            var label = new Div(new Span(metric.label()));
            label.getStyle().set("flex", "1 1 13rem");
            var better = new Span(Formats.better(metric.direction()) + " · " + Formats.unitName(metric.unit()));
            better.addClassNames(FontSize.XSMALL, TextColor.SECONDARY, Display.BLOCK);
            note.addClassNames(FontSize.XSMALL, TextColor.TERTIARY, Display.BLOCK);
            note.addClassName("benchmark-note");
            label.add(better, note);
            var save = new Button("Save", e -> save());
            save.setId("save-" + metric.key());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            remove.setId("remove-" + metric.key());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.addClickListener(e -> remove());
            add(label, target, warn, breach);
            if (editable) {
                add(save, remove);
            } else {
                List.of(target, warn, breach).forEach(f -> f.setReadOnly(true));
            }
            show(own, fallback);
        }

        private NumberField field(String label, String name) {
            var field = new NumberField();
            field.setAriaLabel(label);
            field.setPlaceholder(label);
            field.setId(metric.key() + "-" + name);
            field.getStyle().set("flex", "1 1 5rem").set("min-width", "5rem");
            return field;
        }

        private void show(@Nullable Thresholds own, @Nullable Thresholds fallback) {
            target.setValue(own == null ? null : own.target());
            warn.setValue(own == null ? null : own.warn());
            breach.setValue(own == null ? null : own.breach());
            remove.setEnabled(own != null);
            getElement().setAttribute("data-set", Boolean.toString(own != null));
            if (own == null && fallback != null) {
                note.setText("uses the store's: " + number(fallback.target()) + " / " + number(fallback.warn())
                        + " / " + number(fallback.breach()));
            } else {
                note.setText(own == null ? "no benchmark" : teamId == null ? "store-wide" : "this team's own");
            }
            List.of(target, warn, breach).forEach(f -> f.setInvalid(false));
        }

        private void save() {
            FieldErrors.clear(List.of(target, warn, breach));
            if (target.getValue() == null || warn.getValue() == null || breach.getValue() == null) {
                for (NumberField f : List.of(target, warn, breach)) {
                    if (f.getValue() == null) {
                        FieldErrors.mark(f, "required");
                    }
                }
                return;
            }
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("metric", metric.key());
            input.put("teamId", teamId);
            input.put("target", target.getValue());
            input.put("warn", warn.getValue());
            input.put("breach", breach.getValue());
            Queries.run(Queries.Action.SAVE, client.documentName("setBenchmark").variable("input", input),
                    SaveData.class, "The " + metric.label() + " benchmark").ifPresent(data -> {
                        SaveResult result = data.setBenchmark();
                        if (result.benchmark() != null) {
                            show(new Thresholds(new MetricKey(metric.key()), result.benchmark().target(),
                                    result.benchmark().warn(), result.benchmark().breach()), null);
                            Notification.show(metric.label() + ": benchmark saved", 3000,
                                    Notification.Position.BOTTOM_START)
                                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        } else if (result.errors() != null) {
                            FieldErrors.show(result.errors(), Map.of("target", target, "warn", warn, "breach", breach),
                                    Queries.Action.SAVE, "The " + metric.label() + " benchmark");
                        }
                    });
        }

        private void remove() {
            Queries.run(Queries.Action.REMOVE, client.documentName("deleteBenchmark").variable("metric", metric.key())
                    .variable("teamId", teamId), Map.class, "The " + metric.label() + " benchmark").ifPresent(done -> {
                        // a team's row falls back to the store's again: read the page anew
                        render(teamId);
                        Notification.show(metric.label() + ": benchmark removed", 3000,
                                Notification.Position.BOTTOM_START);
                    });
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
