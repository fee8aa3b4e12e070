package app.frontline.digest;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code frontline.digest.*}: who gets the weekly digest and what it ranks. Recipients are plain
 * configuration until users and roles exist.
 *
 * @param cron when to send (Spring cron, in {@code zone}); default Monday 07:00
 * @param zone the schedule's and the week's zone; default the store's ({@code frontline.time-zone})
 * @param from the sender address
 * @param recipients managers who get the whole store's digest, one e-mail each; it names the agents a
 *     user of that name (user names may be e-mail addresses) may see, and no agent for an address
 *     that is no user
 * @param teams team id → who gets that team's digest, one e-mail each; it names the team's agents
 *     (or, for an address that is a user's name, those that user may see)
 * @param rankBy the metric that orders agents into top and bottom
 * @param agents how many top (and bottom) agents to list
 */
@ConfigurationProperties("frontline.digest")
record DigestProperties(@DefaultValue("0 0 7 * * MON") String cron, @Nullable String zone,
        @DefaultValue("frontline@localhost") String from, @DefaultValue List<String> recipients,
        @DefaultValue Map<String, List<String>> teams, @DefaultValue("csat") String rankBy,
        @DefaultValue("3") int agents) {
}
