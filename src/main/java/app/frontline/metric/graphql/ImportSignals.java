package app.frontline.metric.graphql;

import app.frontline.ingest.RecordsImported;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * Imports as a stream for live views: every stored batch ({@link RecordsImported}) is passed on to
 * whoever listens, and {@link #coalesce} turns a burst of them into one signal.
 */
@Component
class ImportSignals {

    private final Sinks.Many<RecordsImported> sink = Sinks.many().multicast().directBestEffort();

    @EventListener
    void imported(RecordsImported event) {
        // batches of concurrent imports arrive on several threads; a sink takes one emitter at a time
        synchronized (sink) {
            sink.tryEmitNext(event);
        }
    }

    Flux<RecordsImported> imports() {
        return sink.asFlux();
    }

    /**
     * One signal per burst: the first event opens a window of {@code window}, the signal comes when it
     * closes, and every event inside the window is covered by it. A window opens only after the
     * previous one closed, so two signals are always at least {@code window} apart, and no event is
     * left without a signal after it.
     */
    static Flux<Long> coalesce(Flux<?> events, Duration window, Scheduler timer) {
        return Flux.<Long>create(out -> {
            AtomicBoolean open = new AtomicBoolean();
            long[] count = {0};
            Disposable upstream = events.subscribe(event -> {
                if (open.compareAndSet(false, true)) {
                    timer.schedule(() -> {
                        open.set(false);
                        out.next(++count[0]);
                    }, window.toMillis(), TimeUnit.MILLISECONDS);
                }
            }, out::error, out::complete);
            out.onDispose(upstream);
        }, FluxSink.OverflowStrategy.LATEST);
    }
}
