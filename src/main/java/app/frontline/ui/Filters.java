package app.frontline.ui;

import app.frontline.metric.MetricCatalogue;
import app.frontline.period.PeriodPreset;
import com.vaadin.flow.router.QueryParameters;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a manager's page shows, as it stands in the URL: {@code ?preset=LAST_WEEK} or
 * {@code ?from=2026-11-02&to=2026-11-08}, then {@code zone}, {@code team}, {@code channel} and the
 * chosen metric columns {@code cols}. Unknown or malformed values are dropped, so an old bookmark
 * still opens.
 */
record Filters(@Nullable PeriodPreset preset, @Nullable LocalDate from, @Nullable LocalDate to,
        @Nullable String zone, @Nullable String team, @Nullable String channel, List<String> columns) {

    static final PeriodPreset DEFAULT_PRESET = PeriodPreset.LAST_WEEK;
    /** The schema's Channel enum. */
    static final List<String> CHANNELS = List.of("EMAIL", "CHAT", "PHONE", "SOCIAL", "MESSAGING");

    Filters {
        columns = List.copyOf(columns);
        if (from == null || to == null) {
            from = null;
            to = null;
            if (preset == null) {
                preset = DEFAULT_PRESET;
            }
        } else {
            preset = null;
        }
    }

    static Filters parse(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        PeriodPreset preset = enumValue(first(p, "preset"));
        LocalDate from = date(first(p, "from"));
        LocalDate to = date(first(p, "to"));
        String zone = zone(first(p, "zone"));
        String channel = first(p, "channel");
        if (channel != null && !CHANNELS.contains(channel)) {
            channel = null;
        }
        String cols = first(p, "cols");
        List<String> columns = cols == null || cols.isBlank() ? List.of()
                : List.of(cols.split(",")).stream().filter(k -> MetricCatalogue.find(k).isPresent())
                        .distinct().toList();
        return new Filters(preset, from, to, zone, blankToNull(first(p, "team")), channel, columns);
    }

    QueryParameters toQuery() {
        Map<String, String> p = new LinkedHashMap<>();
        if (preset != null) {
            p.put("preset", preset.name());
        } else {
            p.put("from", String.valueOf(from));
            p.put("to", String.valueOf(to));
        }
        put(p, "zone", zone);
        put(p, "team", team);
        put(p, "channel", channel);
        if (!columns.isEmpty()) {
            p.put("cols", String.join(",", columns));
        }
        return QueryParameters.simple(p);
    }

    /** The GraphQL {@code PeriodInput}; without a zone the server uses the store's. */
    Map<String, Object> period() {
        Map<String, Object> input = new LinkedHashMap<>();
        if (preset != null) {
            input.put("preset", preset.name());
        } else {
            input.put("from", String.valueOf(from));
            input.put("to", String.valueOf(to));
        }
        if (zone != null) {
            input.put("timeZone", zone);
        }
        return input;
    }

    Filters withPreset(PeriodPreset newPreset) {
        return new Filters(newPreset, null, null, zone, team, channel, columns);
    }

    Filters withRange(LocalDate newFrom, LocalDate newTo) {
        return new Filters(null, newFrom, newTo, zone, team, channel, columns);
    }

    Filters withZone(@Nullable String newZone) {
        return new Filters(preset, from, to, newZone, team, channel, columns);
    }

    Filters withTeam(@Nullable String newTeam) {
        return new Filters(preset, from, to, zone, newTeam, channel, columns);
    }

    Filters withChannel(@Nullable String newChannel) {
        return new Filters(preset, from, to, zone, team, newChannel, columns);
    }

    Filters withColumns(List<String> newColumns) {
        return new Filters(preset, from, to, zone, team, channel, newColumns);
    }

    /** The chosen columns, or the page's defaults when none are in the URL. */
    List<String> columnsOr(List<String> defaults) {
        return columns.isEmpty() ? defaults : columns;
    }

    private static void put(Map<String, String> p, String name, @Nullable String value) {
        if (value != null) {
            p.put(name, value);
        }
    }

    private static @Nullable String first(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static @Nullable PeriodPreset enumValue(@Nullable String s) {
        try {
            // lower case too: older trends links say ?preset=last_30_days
            return s == null ? null : PeriodPreset.valueOf(s.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static @Nullable LocalDate date(@Nullable String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException ex) {
            return null;
        }
    }

    private static @Nullable String zone(@Nullable String s) {
        try {
            return s == null || s.isBlank() ? null : ZoneId.of(s).getId();
        } catch (DateTimeException ex) {
            return null;
        }
    }
}
