package app.frontline.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.FixtureStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Benchmarks and the status of metric values on fixtures/dashboard.ndjson, week 2025-03-03..09
 * (UTC). By hand from that file:
 * <ul>
 * <li>CSAT: team EMEA has answers 5 (c1, Ann) and 2 (c2, Ann) → 1 of 2 = 50.0 %; team Americas one
 * answer 4 → 100.0 %; the store 2 of 3 = 66.7 %; Ann 50.0 %; Ben has no answer (null); Cas 100.0 %.
 * <li>First response (mean): c1 270 s, c2 7200 s, c3 90 s, c4 600 s → store 8160 / 4 = 2040 s, EMEA
 * 7560 / 3 = 2520 s, Americas 600 s, Ann (270 + 7200) / 2 = 3735 s, Ben 90 s, Cas 600 s.
 * </ul>
 * Values sitting exactly on a threshold (50.0 on a breach and on a warn, 2040 on a warn, 2520 on a
 * breach) check the edge rule: a threshold belongs to the worse side.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class BenchmarkGraphQlTest {

    private static final Map<String, String> WEEK = Map.of("from", "2025-03-03", "to", "2025-03-09",
            "timeZone", "UTC");

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    FixtureStore fixtures;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void load() {
        fixtures.replaceWith("dashboard.ndjson");
        mongo.remove(new Query(), "benchmarks");
    }

    @Test
    void statusAtExactlyTheThresholdsWithTeamAndStoreBenchmarks() {
        // csat, higher is better: store target 80, warn 60, breach 50
        set("csat", null, 80, 60, 50).path("setBenchmark.__typename").entity(String.class).isEqualTo("BenchmarkSaved");
        // first response, lower is better: store target 1800, warn 2040, breach 2520
        set("firstResponseTime", null, 1800, 2040, 2520)
                .path("setBenchmark.benchmark.metric.key").entity(String.class).isEqualTo("firstResponseTime");

        Map<String, Map<String, String>> status = statuses();
        // 66.7 > 60: OK; 2040 is exactly the warn line of a lower-is-better metric: WARN
        assertThat(status.get("store")).containsEntry("csat", "OK").containsEntry("firstResponseTime", "WARN")
                .containsEntry("conversations", "NONE").containsEntry("orders", "NONE");
        // EMEA has no benchmark of its own: the store's. 50.0 is exactly breach: BREACH; 2520 exactly breach
        assertThat(status.get("emea")).containsEntry("csat", "BREACH").containsEntry("firstResponseTime", "BREACH");
        assertThat(status.get("us")).containsEntry("csat", "OK").containsEntry("firstResponseTime", "OK");
        assertThat(status.get("a-ann")).containsEntry("csat", "BREACH").containsEntry("firstResponseTime", "BREACH");
        // Ben has no csat answer: no value, no status
        assertThat(status.get("a-ben")).containsEntry("csat", "NONE").containsEntry("firstResponseTime", "OK");

        // EMEA's own csat benchmark: target 70, warn 50, breach 40. 50.0 is exactly warn: WARN, for the
        // team and for its agent Ann; the Americas keep the store's
        set("csat", "t-emea", 70, 50, 40).path("setBenchmark.benchmark.team.name").entity(String.class)
                .isEqualTo("EMEA");
        status = statuses();
        assertThat(status.get("emea")).containsEntry("csat", "WARN");
        assertThat(status.get("a-ann")).containsEntry("csat", "WARN");
        assertThat(status.get("us")).containsEntry("csat", "OK");
        assertThat(status.get("store")).containsEntry("csat", "OK");

        // just off the edges: 50.0 is below warn 50.01 and above breach 49.99: WARN; above warn 49.99: OK
        set("csat", "t-emea", 70, 50.01, 49.99);
        assertThat(statuses().get("emea")).containsEntry("csat", "WARN");
        set("csat", "t-emea", 70, 49.99, 49.98);
        assertThat(statuses().get("emea")).containsEntry("csat", "OK");

        // the lists, and deleting: EMEA falls back to the store's again
        graphQl.documentName("benchmarks").execute().path("benchmarks[*].metric.key").entityList(String.class)
                .containsExactly("firstResponseTime", "csat");
        graphQl.documentName("benchmarks").variable("teamId", "t-emea").execute()
                .path("benchmarks[0]").entity(Map.class).satisfies(b -> assertThat(b)
                        .containsEntry("target", 70.0).containsEntry("warn", 49.99).containsEntry("breach", 49.98));
        graphQl.documentName("deleteBenchmark").variable("metric", "csat").variable("teamId", "t-emea").execute()
                .path("deleteBenchmark.deleted").entity(Boolean.class).isEqualTo(true);
        graphQl.documentName("deleteBenchmark").variable("metric", "csat").variable("teamId", "t-emea").execute()
                .path("deleteBenchmark.deleted").entity(Boolean.class).isEqualTo(false);
        assertThat(statuses().get("emea")).containsEntry("csat", "BREACH");
    }

    @Test
    void thresholdsOutOfOrderAreRejectedAsData() {
        // higher is better: warn above target, breach above warn
        set("csat", null, 80, 90, 95).path("setBenchmark.__typename").entity(String.class)
                .isEqualTo("BenchmarkRejected")
                .path("setBenchmark.errors[*].field").entityList(String.class).containsExactly("warn", "breach")
                .path("setBenchmark.errors[0].reason").entity(String.class)
                .isEqualTo("must be at most the target (80) for csat, where higher is better");
        // lower is better: warn below target
        set("firstResponseTime", null, 600, 300, 900).path("setBenchmark.errors").entityList(Map.class)
                .containsExactly(Map.of("field", "warn",
                        "reason", "must be at least the target (600) for firstResponseTime, where lower is better"));
        // lower is better: breach below warn
        set("refundRate", null, 1, 2, 1.5).path("setBenchmark.errors[*].field").entityList(String.class)
                .containsExactly("breach");
        // a neutral metric takes no benchmark
        set("conversations", null, 10, 5, 1).path("setBenchmark.errors[0].field").entity(String.class)
                .isEqualTo("metric");
        // an unknown team
        set("csat", "t-nope", 80, 60, 50).path("setBenchmark.errors").entityList(Map.class)
                .containsExactly(Map.of("field", "teamId", "reason", "no team with id 't-nope'"));
        // equal thresholds are in order (no WARN band)
        set("csat", null, 60, 60, 60).path("setBenchmark.__typename").entity(String.class).isEqualTo("BenchmarkSaved");
        // nothing refused was stored
        graphQl.documentName("benchmarks").execute().path("benchmarks[*].metric.key").entityList(String.class)
                .containsExactly("csat");
    }

    private GraphQlTester.Response set(String metric, String teamId, double target, double warn, double breach) {
        Map<String, Object> input = new HashMap<>(Map.of("metric", metric, "target", target, "warn", warn,
                "breach", breach));
        if (teamId != null) {
            input.put("teamId", teamId);
        }
        return graphQl.documentName("setBenchmark").variable("input", input).execute();
    }

    /** Scope (store, emea, us or an agent id) → metric → status. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, String>> statuses() {
        var response = graphQl.documentName("benchmarkStatus").variable("period", WEEK).execute();
        Map<String, Map<String, String>> result = new HashMap<>();
        result.put("store", byKey(response.path("kpis.metrics").entityList(Map.class).get()));
        result.put("emea", byKey(response.path("emea.kpis.metrics").entityList(Map.class).get()));
        result.put("us", byKey(response.path("us.kpis.metrics").entityList(Map.class).get()));
        for (Map<String, Object> agent : response.path("agents").entityList(Map.class).get()) {
            result.put((String) agent.get("id"),
                    byKey((List<Map<String, Object>>) ((Map<String, Object>) agent.get("kpis")).get("metrics")));
        }
        return result;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, String> byKey(List<? extends Map> metrics) {
        Map<String, String> result = new HashMap<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) (List) metrics) {
            result.put((String) m.get("key"), (String) m.get("status"));
        }
        return result;
    }
}
