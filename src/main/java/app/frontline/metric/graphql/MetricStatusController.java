package app.frontline.metric.graphql;

import app.frontline.metric.MetricStatus;
import app.frontline.metric.StatusRule;
import graphql.GraphQLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Metric.status}: the value judged by the {@link StatusRule}, NONE when there is none. */
@Controller
class MetricStatusController {

    private final ObjectProvider<StatusRule> rule;

    MetricStatusController(ObjectProvider<StatusRule> rule) {
        this.rule = rule;
    }

    @SchemaMapping(typeName = "Metric")
    MetricStatus status(MetricValue metric, GraphQLContext context) {
        StatusRule r = rule.getIfAvailable();
        return r == null ? MetricStatus.NONE : r.status(metric.scope(), metric.definition(), metric.value(), context);
    }
}
