package app.frontline.ui;

import app.frontline.period.PeriodPreset;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Period (a preset or a custom from–to range), time zone, team and channel. It only reports the
 * new {@link Filters}; the view puts them in the URL and reloads from there, so every state of the
 * page has a bookmark.
 */
class FilterBar extends Div {

    private static final String CUSTOM = "CUSTOM";
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted()
            .collect(Collectors.toCollection(() -> new ArrayList<>(List.of("UTC"))));

    FilterBar(Filters filters, @Nullable String effectiveZone, List<Api.TeamRef> teams, Consumer<Filters> onChange) {
        setId("filters");
        addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.END, Gap.MEDIUM);

        var period = new Select<String>();
        period.setId("period");
        period.setLabel("Period");
        List<String> periods = new ArrayList<>();
        for (PeriodPreset p : PeriodPreset.values()) {
            periods.add(p.name());
        }
        periods.add(CUSTOM);
        period.setItems(periods);
        period.setItemLabelGenerator(p -> CUSTOM.equals(p) ? "Custom range" : PeriodPreset.valueOf(p).label());
        period.setValue(filters.preset() == null ? CUSTOM : filters.preset().name());

        var from = new DatePicker("From", filters.from());
        from.setId("from");
        var to = new DatePicker("To", filters.to());
        to.setId("to");
        for (DatePicker picker : List.of(from, to)) {
            picker.setVisible(filters.preset() == null);
        }
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            if (e.isFromClient() && from.getValue() != null && to.getValue() != null) {
                onChange.accept(filters.withRange(from.getValue(), to.getValue()));
            }
        });
        to.addValueChangeListener(e -> {
            if (e.isFromClient() && from.getValue() != null && to.getValue() != null) {
                onChange.accept(filters.withRange(from.getValue(), to.getValue()));
            }
        });
        period.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (CUSTOM.equals(e.getValue())) {
                // keep the page as it is until both dates are picked
                from.setVisible(true);
                to.setVisible(true);
                from.focus();
            } else {
                onChange.accept(filters.withPreset(PeriodPreset.valueOf(e.getValue())));
            }
        });

        var zone = new ComboBox<String>("Time zone", ZONES);
        zone.setId("zone");
        zone.setValue(effectiveZone);
        zone.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onChange.accept(filters.withZone(e.getValue()));
            }
        });

        Map<String, String> teamNames = teams.stream()
                .collect(Collectors.toMap(Api.TeamRef::id, Api.TeamRef::name, (a, b) -> a));
        var team = new Select<String>();
        team.setId("team");
        team.setLabel("Team");
        team.setItems(teams.stream().map(Api.TeamRef::id).toList());
        team.setEmptySelectionAllowed(true);
        team.setEmptySelectionCaption("All teams");
        team.setItemLabelGenerator(id -> id == null ? "All teams" : teamNames.getOrDefault(id, id));
        team.setValue(teamNames.containsKey(filters.team()) ? filters.team() : null);
        team.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(filters.withTeam(e.getValue()));
            }
        });

        var channel = new Select<String>();
        channel.setId("channel");
        channel.setLabel("Channel");
        channel.setItems(Filters.CHANNELS);
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption("All channels");
        channel.setItemLabelGenerator(c -> c == null ? "All channels"
                : c.charAt(0) + c.substring(1).toLowerCase(java.util.Locale.ROOT));
        channel.setValue(filters.channel());
        channel.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(filters.withChannel(e.getValue()));
            }
        });

        for (com.vaadin.flow.component.Component field : List.<com.vaadin.flow.component.Component>of(period, from, to,
                zone, team, channel)) {
            // grow and shrink between 9 and 15rem: two fields to a row on a phone, one row on a laptop
            field.getStyle().set("flex", "1 1 9rem").set("min-width", "9rem").set("max-width", "15rem");
        }
        add(period, from, to, zone, team, channel);
        // a page about one agent has no team to choose: it passes no teams
        team.setVisible(!teams.isEmpty());
    }
}
