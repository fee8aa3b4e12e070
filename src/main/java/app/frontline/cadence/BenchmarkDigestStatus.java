package app.frontline.cadence;

import app.frontline.digest.DigestStatus;
import app.frontline.metric.MetricCatalogue;
import app.frontline.metric.Scope;
import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The weekly digest's status column: the same benchmark judgement as every Metric's status. */
@Component
class BenchmarkDigestStatus implements DigestStatus {

    private final BenchmarkStatusRule rule;

    BenchmarkDigestStatus(BenchmarkStatusRule rule) {
        this.rule = rule;
    }

    @Override
    public String status(Scope scope, String metric, @Nullable Double value) {
        return rule.status(scope, MetricCatalogue.get(metric), value, GraphQLContext.newContext().build()).name();
    }
}
