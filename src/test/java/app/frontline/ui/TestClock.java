package app.frontline.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The browser tests' clock: the system's, unless a test pins "now" to a fixture's day (and unpins
 * it after). One settable clock keeps every browser test class on one cached Spring context, where
 * a fixed clock per class would start Vaadin's dev mode once more.
 */
final class TestClock extends Clock {

    private static volatile @Nullable Instant pinned;

    static void pin(Instant now) {
        pinned = now;
    }

    static void unpin() {
        pinned = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return TestClock.this.withZone(other);
            }

            @Override
            public Instant instant() {
                return TestClock.this.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant now = pinned;
        return now == null ? Instant.now() : now;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        Clock testClock() {
            return new TestClock();
        }
    }
}
