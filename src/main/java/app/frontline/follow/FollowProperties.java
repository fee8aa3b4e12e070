package app.frontline.follow;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the change-stream follower.
 *
 * @param enabled false: this instance sees only its own imports (until a rebuild)
 * @param collections the collections followed
 * @param batchSize changes asked for per round trip
 * @param idle the pause after a round trip that brought nothing: the embedded store answers at
 *     once (a real MongoDB waits up to this long for a change), so this bounds both the delay
 *     and the cost of an idle instance (20 small round trips a second at 50 ms)
 * @param retry the pause before reconnecting after the store could not be reached
 * @param echoWindow how long this instance's own imports are remembered so their echo from the
 *     stream is recognised and not applied a second time (echoes take tens of milliseconds)
 * @param echoMax at most this many are remembered (each holds its document): a bulk re-import of
 *     unchanged records brings no echoes, and must not hold its documents for the whole window
 */
@ConfigurationProperties("frontline.follow")
record FollowProperties(@DefaultValue("true") boolean enabled,
        @DefaultValue({"teams", "agents", "logins", "conversations", "surveys", "orders"}) List<String> collections,
        @DefaultValue("1000") int batchSize, @DefaultValue("50ms") Duration idle, @DefaultValue("2s") Duration retry,
        @DefaultValue("5s") Duration echoWindow, @DefaultValue("50000") int echoMax) {
}
