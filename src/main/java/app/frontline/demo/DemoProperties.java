package app.frontline.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code frontline.demo.*}: the demo data loaded into an empty store at start.
 *
 * @param enabled whether to load it; unset: on for the embedded store, off when
 *     {@code spring.mongodb.uri} names a real MongoDB. A store holding any team, conversation or
 *     order is never touched either way
 * @param size how many conversations (and about as many orders) to generate, spread over the last 120 days
 */
@ConfigurationProperties("frontline.demo")
record DemoProperties(@Nullable Boolean enabled,
        @DefaultValue("" + DemoOptions.DEFAULT_CONVERSATIONS) long size) {
}
