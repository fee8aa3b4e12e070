package app.frontline.ui;

import app.frontline.metric.Unit;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@link Formats} for one viewer: money carries the store currency's symbol in the viewer's locale
 * ("€350.50" for EUR in English, "US$350.50" for USD in German); the digits keep Formats' fixed
 * English grouping, so a figure reads the same on every page and in every test.
 */
record Numbers(Currency currency, Locale locale) {

    String symbol() {
        return currency.getSymbol(locale);
    }

    String value(@Nullable Unit unit, @Nullable Double v) {
        if (unit == null) {
            return Formats.NONE;
        }
        if (unit != Unit.MONEY || v == null) {
            return Formats.value(unit, v);
        }
        return (v < 0 ? "−" : "") + symbol() + Formats.value(unit, Math.abs(v));
    }

    /** A signed change: "+€12.50", "−€3.00", or {@link Formats#NO_CHANGE}. */
    String change(@Nullable Unit unit, @Nullable Double change) {
        if (unit == null) {
            return Formats.NONE;
        }
        if (unit != Unit.MONEY || change == null || Formats.shownAsZero(unit, change)) {
            return Formats.change(unit, change);
        }
        return (change > 0 ? "+" : "−") + symbol() + Formats.value(unit, Math.abs(change));
    }

    /** A chart's value-axis name for a unit: the currency's symbol for money. */
    String axis(Unit unit) {
        return switch (unit) {
            case COUNT -> "count";
            case MONEY -> symbol();
            case PERCENT -> "%";
            case SCORE -> "score";
            case NUMBER -> "";
            case SECONDS -> "seconds";
        };
    }
}
