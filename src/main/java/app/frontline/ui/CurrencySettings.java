package app.frontline.ui;

import java.util.Currency;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The store's currency, {@code frontline.currency} (an ISO 4217 code such as EUR or USD; Spring
 * refuses to start on an unknown code). The data carry bare decimals, so the screen needs this to
 * say what the money is.
 */
@ConfigurationProperties("frontline")
record CurrencySettings(@DefaultValue("EUR") Currency currency) {

    /** How this viewer reads numbers: the currency's symbol as their locale writes it. */
    Numbers numbers(Locale locale) {
        return new Numbers(currency, locale);
    }
}
