package app.frontline.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code frontline.time-zone}: UTC by default, any IANA zone, and a bad one stops the start naming the setting. */
class PeriodPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ClockConfiguration.class, Periods.class);

    @Test
    void theStoreZone() {
        context.run(c -> assertThat(c.getBean(Periods.class).storeZone()).isEqualTo(ZoneId.of("UTC")));
        context.withPropertyValues("frontline.time-zone=Europe/Amsterdam")
                .run(c -> assertThat(c.getBean(Periods.class).storeZone()).isEqualTo(ZoneId.of("Europe/Amsterdam")));
    }

    @Test
    void aZoneThatDoesNotExistStopsTheStart() {
        context.withPropertyValues("frontline.time-zone=Mars/Olympus").run(c -> assertThat(c).hasFailed()
                .getFailure().rootCause().hasMessageContaining("Mars/Olympus"));
        context.withPropertyValues("frontline.time-zone=Mars/Olympus").run(c -> assertThat(c.getStartupFailure())
                .hasStackTraceContaining("frontline.time-zone"));
    }
}
