package app.frontline.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.frontline.FixtureStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The views around the catalogue on the kpi-week fixture (see {@link KpiCatalogueGraphQlTest} for
 * its facts): the generic metrics view with the previous period, the glossary, the schema's
 * descriptions, the leaderboard and the channel and tag breakdowns.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class KpiViewsGraphQlTest {

    private static final Map<String, String> WEEK = Map.of("from", "2026-11-02", "to", "2026-11-08");

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    FixtureStore fixtures;

    @BeforeEach
    void load() {
        fixtures.replaceWith("kpi-week.ndjson");
    }

    @Test
    void genericViewWithThePreviousPeriod() {
        // the previous period of 2–8 Nov is 26 Oct – 1 Nov: no approved order was created then (o0 is
        // from 1 Oct), one conversation c9 was replied after 1000 s, and no csat answer came in
        var response = graphQl.documentName("genericMetrics").variable("period", WEEK).execute();
        response.path("kpis.metrics[*].key").entityList(String.class)
                .containsExactly("orders", "aov", "firstResponseTime", "csat");
        Map<String, Object> orders = response.path("kpis.metrics[0]").entity(Map.class).get();
        assertThat(orders).containsEntry("label", "Orders").containsEntry("unit", "COUNT")
                .containsEntry("direction", "HIGHER_IS_BETTER").containsEntry("value", 4.0)
                .containsEntry("previous", 0.0).containsEntry("change", 4.0);
        // a change against 0 has no percentage
        assertThat(orders.get("changePercent")).isNull();
        Map<String, Object> aov = response.path("kpis.metrics[1]").entity(Map.class).get();
        assertThat(aov).containsEntry("value", 65.0);
        assertThat(aov.get("previous")).isNull();
        assertThat(aov.get("change")).isNull();
        // first response: mean 3200 s now, 1000 s before: +2200 s, +220 %
        Map<String, Object> frt = response.path("kpis.metrics[2]").entity(Map.class).get();
        assertThat(frt).containsEntry("value", 3200.0).containsEntry("previous", 1000.0)
                .containsEntry("change", 2200.0).containsEntry("changePercent", 220.0);
        assertThat(frt.get("stats")).isEqualTo(Map.of("mean", 3200.0, "median", 1800.0, "p90", 7200.0, "count", 6));
        assertThat(frt.get("definition")).isEqualTo(Map.of("group", "EFFICIENCY_EXPERIENCE",
                "formula", "firstReplyAt − createdAt", "timestamp", "conversation createdAt", "seed", "003"));
        response.path("kpis.metrics[3].value").entity(Double.class).isEqualTo(50.0)
                .path("kpis.metrics[3].previous").valueIsNull();
    }

    @Test
    void theGlossaryIsTheCatalogue() {
        graphQl.documentName("metricDefinitions").execute()
                .path("metricDefinitions[*].key").entityList(String.class)
                .satisfies(keys -> assertThat(keys)
                        .containsExactlyElementsOf(MetricCatalogue.all().stream().map(MetricDefinition::key).toList()))
                .path("metricDefinitions[4]").entity(Map.class).satisfies(aov -> assertThat(aov)
                        .containsEntry("label", "AOV").containsEntry("formula", "revenue ÷ orders")
                        .containsEntry("unit", "MONEY").containsEntry("group", "COMMERCE"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSchemaDescribesEveryMetricFromTheCatalogueWithItsUnitsType() {
        var response = graphQl.documentName("kpisSchema").execute();
        List<Map<String, Object>> fields = response.path("__type.fields").entityList(Map.class).get()
                .stream().map(f -> (Map<String, Object>) f).toList();
        for (MetricDefinition metric : MetricCatalogue.all()) {
            Map<String, Object> field = fields.stream().filter(f -> f.get("name").equals(metric.key())).findFirst()
                    .orElseThrow(() -> new AssertionError("Kpis has no field " + metric.key()));
            assertThat(field.get("description")).as(metric.key()).isEqualTo(metric.schemaDescription());
            Map<String, Object> type = (Map<String, Object>) field.get("type");
            String typeName = type.get("name") != null ? (String) type.get("name")
                    : (String) ((Map<String, Object>) type.get("ofType")).get("name");
            assertThat(typeName).as(metric.key()).isEqualTo(metric.unit().graphQlType());
        }
        assertThat(fields).hasSize(MetricCatalogue.all().size() + 2); // + period, metrics
        List<Map<String, Object>> keys = graphQl.documentName("metricKeySchema").execute().path("__type.enumValues").entityList(Map.class).get()
                .stream().map(f -> (Map<String, Object>) f).toList();
        assertThat(keys).extracting(k -> k.get("name"))
                .containsExactlyElementsOf(MetricCatalogue.all().stream().map(MetricDefinition::key).toList());
        assertThat(keys.get(0).get("description")).isEqualTo(MetricCatalogue.get("orders").schemaDescription());
    }

    @Test
    void leaderboardsRankByTheMetricsDirection() {
        // orders: a1 2, a3 1, a2 and a4 0 (a tie shares rank 3; by name, Ben before Dee)
        graphQl.documentName("leaderboard").variable("metric", "orders").variable("period", WEEK).execute()
                .path("leaderboard[*].agent.id").entityList(String.class).containsExactly("a1", "a3", "a2", "a4")
                .path("leaderboard[*].rank").entityList(Integer.class).containsExactly(1, 2, 3, 3);
        // first response, lower is better: a3 1200, a1 3600, a2 7200, a4 none (last)
        graphQl.documentName("leaderboard").variable("metric", "firstResponseTime").variable("period", WEEK)
                .execute()
                .path("leaderboard[*].agent.id").entityList(String.class).containsExactly("a3", "a1", "a2", "a4")
                .path("leaderboard[*].rank").entityList(Integer.class).containsExactly(1, 2, 3, 4)
                .path("leaderboard[3].value").valueIsNull();
        // within team t1
        graphQl.documentName("leaderboard").variable("metric", "orders").variable("period", WEEK)
                .variable("teamId", "t1").execute()
                .path("leaderboard[*].agent.id").entityList(String.class).containsExactly("a1", "a2");
    }

    @Test
    void breakdownsByChannelAndTag() {
        var response = graphQl.documentName("breakdowns").variable("period", WEEK).execute();
        response.path("channelBreakdown[*].channel").entityList(String.class)
                .containsExactly("EMAIL", "CHAT", "PHONE", "SOCIAL", "MESSAGING")
                // email c2 c5 c7, chat c1 c4 c6, phone c3
                .path("channelBreakdown[*].kpis.conversations").entityList(Integer.class)
                .containsExactly(3, 3, 1, 0, 0)
                // orders have no channel
                .path("channelBreakdown[0].kpis.orders").valueIsNull();
        // csat by the answer's conversation: email s2 (3) → 0 %; chat s1 (5) and s13 (2, on chat c8) → 50 %;
        // phone s3 (4) → 100 %; no answers → null
        assertThat(response.path("channelBreakdown[*].kpis.csat").entityList(Object.class).get())
                .containsExactly(0.0, 50.0, 100.0, null, null);
        // tags: refund-request on c2 and c3; shipping on c1 and c2 (c2 counts in both rows)
        response.path("tagBreakdown[*].tag").entityList(String.class).containsExactly("refund-request", "shipping")
                .path("tagBreakdown[*].kpis.conversations").entityList(Integer.class).containsExactly(2, 2)
                .path("tagBreakdown[*].kpis.sad").entityList(Integer.class).containsExactly(1, 1)
                .path("tagBreakdown[*].kpis.happy").entityList(Integer.class).containsExactly(0, 1)
                .path("tagBreakdown[0].kpis.revenue").valueIsNull()
                // team t1's chat conversations: c1
                .path("t1Chat.kpis.conversations").entity(Integer.class).isEqualTo(1)
                .path("t1Chat.kpis.orders").valueIsNull();
    }

    @Test
    void aBadPeriodIsAClearError() {
        graphQl.documentName("badPeriod").variable("period", Map.of("from", "2026-11-08", "to", "2026-11-02"))
                .execute().errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage()).isEqualTo("period: to (2026-11-02) is before from (2026-11-08)");
                    assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                });
        graphQl.documentName("badPeriod").variable("period", Map.of("preset", "LAST_WEEK", "timeZone", "Mars/Olympus"))
                .execute().errors().satisfy(errors -> assertThat(errors.get(0).getMessage())
                        .isEqualTo("timeZone: 'Mars/Olympus' is not an IANA time zone such as Europe/Amsterdam"));
    }
}
