package app.frontline.metric.graphql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live views' settings.
 *
 * @param minInterval the shortest time between two pushes of one live subscription ({@code todayKpis}): imports
 *     inside it are covered by one push at its end
 */
@ConfigurationProperties("frontline.live")
record LiveProperties(@DefaultValue("1s") Duration minInterval) {
}
