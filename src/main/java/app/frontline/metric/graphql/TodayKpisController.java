package app.frontline.metric.graphql;

import app.frontline.metric.KpiService;
import app.frontline.metric.Scope;
import app.frontline.BadRequestException;
import app.frontline.metric.Scope.Slice;
import app.frontline.period.Period;
import app.frontline.period.PeriodInput;
import app.frontline.period.PeriodPreset;
import app.frontline.period.Periods;
import graphql.schema.DataFetchingFieldSelectionSet;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Live today: {@code todayKpis} pushes a scope's today KPIs (the selected fields) at once, then after
 * imports, coalesced to at most one push per {@code frontline.live.min-interval} (1 s) per
 * subscription. "Today" is resolved at each push, so a subscription open over midnight moves on.
 */
@Controller
@org.springframework.boot.context.properties.EnableConfigurationProperties(LiveProperties.class)
class TodayKpisController {

    private final Periods periods;
    private final KpiService service;
    private final ImportSignals signals;
    private final Duration window;

    TodayKpisController(Periods periods, KpiService service, ImportSignals signals,
            LiveProperties settings) {
        this.periods = periods;
        this.service = service;
        this.signals = signals;
        this.window = settings.minInterval();
    }

    @SubscriptionMapping
    Flux<Kpis> todayKpis(@Argument @Nullable String teamId, @Argument @Nullable String agentId,
            @Argument @Nullable String channel, @Argument @Nullable String timeZone,
            DataFetchingFieldSelectionSet selection) {
        if (teamId != null && agentId != null) {
            throw new BadRequestException("give teamId or agentId, not both");
        }
        Scope whole = agentId != null ? Scope.agent(agentId) : teamId != null ? Scope.team(teamId) : Scope.STORE;
        Scope scope = whole.within(channel == null ? null : Slice.channel(channel.toLowerCase(Locale.ROOT)));
        Set<String> metrics = KpiController.selectedMetrics(selection);
        PeriodInput today = new PeriodInput(PeriodPreset.TODAY, null, null, timeZone);
        periods.resolve(today); // a bad zone fails the subscription now, not at the first push
        Flux<Long> pushes = Flux.merge(Mono.just(0L),
                ImportSignals.coalesce(signals.imports(), window, Schedulers.parallel()));
        return pushes.onBackpressureLatest()
                .publishOn(Schedulers.boundedElastic(), 1)
                .map(tick -> compute(scope, periods.resolve(today), metrics));
    }

    private Kpis compute(Scope scope, Period period, Set<String> metrics) {
        KpiKey key = new KpiKey(scope, period, metrics);
        return KpiBatchLoader.load(service, Set.of(key)).get(key);
    }
}
