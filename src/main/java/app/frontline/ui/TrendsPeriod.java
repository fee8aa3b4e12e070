package app.frontline.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The period a page shows, from its URL: {@code ?from=2026-03-02&to=2026-03-15} (inclusive dates)
 * or {@code ?preset=last_30_days}; the fallback preset otherwise. Unparseable dates are kept as
 * text so the GraphQL service answers with its own error.
 */
record TrendsPeriod(@Nullable String preset, @Nullable String from, @Nullable String to) {

    static TrendsPeriod from(QueryParameters query, String fallbackPreset) {
        Optional<String> from = query.getSingleParameter("from");
        Optional<String> to = query.getSingleParameter("to");
        if (from.isPresent() || to.isPresent()) {
            return new TrendsPeriod(null, from.orElse(null), to.orElse(null));
        }
        String preset = query.getSingleParameter("preset").orElse(fallbackPreset);
        return new TrendsPeriod(preset.toUpperCase(Locale.ROOT), null, null);
    }

    /** The GraphQL {@code PeriodInput} variable. */
    Map<String, Object> input() {
        var input = new LinkedHashMap<String, Object>();
        if (preset != null) {
            input.put("preset", preset);
        }
        if (from != null) {
            input.put("from", from);
        }
        if (to != null) {
            input.put("to", to);
        }
        return input;
    }

    /** The same period as URL parameters, to keep it when the page changes its own URL. */
    Map<String, String> parameters() {
        var parameters = new LinkedHashMap<String, String>();
        input().forEach((k, v) -> parameters.put(k, preset != null && k.equals("preset")
                ? preset.toLowerCase(Locale.ROOT) : v.toString()));
        return parameters;
    }

}
