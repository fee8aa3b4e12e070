package app.frontline.period;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The store's clock settings. A zone that is not an IANA id (or an offset) stops the start with the
 * property's name, rather than at the first request.
 *
 * @param timeZone the store's own time zone ({@code frontline.time-zone}): periods, presets and teams
 *     without a zone of their own use it
 */
@ConfigurationProperties("frontline")
record PeriodProperties(@DefaultValue("UTC") ZoneId timeZone) {
}
