package app.frontline.metric.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Sinks;
import reactor.test.scheduler.VirtualTimeScheduler;

/** {@link ImportSignals#coalesce} on virtual time: bursts become one signal, signals stay 1 s apart. */
class ImportCoalescingTest {

    final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
    final Sinks.Many<String> imports = Sinks.many().multicast().directBestEffort();
    final List<Long> signals = new CopyOnWriteArrayList<>();
    final Disposable subscription = ImportSignals.coalesce(imports.asFlux(), Duration.ofSeconds(1), clock)
            .subscribe(signals::add);

    @AfterEach
    void stop() {
        subscription.dispose();
    }

    @Test
    void aBurstWithinASecondIsOnePushWhenTheWindowCloses() {
        imports.tryEmitNext("a"); // window opens at 0 ms
        advance(300);
        imports.tryEmitNext("b");
        advance(300);
        imports.tryEmitNext("c");
        advance(399); // 999 ms
        assertThat(signals).isEmpty();
        advance(1);
        assertThat(signals).containsExactly(1L);
        advance(5_000);
        assertThat(signals).containsExactly(1L);
    }

    @Test
    void importsAfterAPushOpenTheNextWindow() {
        imports.tryEmitNext("a"); // 0 ms → push at 1000
        advance(1_200);
        imports.tryEmitNext("b"); // 1200 → push at 2200
        advance(999);
        assertThat(signals).containsExactly(1L);
        advance(1);
        assertThat(signals).containsExactly(1L, 2L);
    }

    @Test
    void nothingImportedNothingPushed() {
        advance(10_000);
        assertThat(signals).isEmpty();
    }

    private void advance(long millis) {
        clock.advanceTimeBy(Duration.ofMillis(millis));
    }
}
