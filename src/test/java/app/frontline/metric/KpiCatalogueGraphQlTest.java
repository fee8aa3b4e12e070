package app.frontline.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.frontline.FixtureStore;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Every catalogue metric for the store, both teams and four agents, through the real /graphql
 * endpoint, on the week of src/test/resources/fixtures/kpi-week.ndjson (Mon 2 – Sun 8 Nov 2026,
 * UTC). Each expected number is worked out by hand from metrics.md below; none was copied from
 * the code's output.
 *
 * <pre>
 * The week's facts (outside the week: o0 created 1 Oct, o6 created 9 Nov, c8 created 10 Nov,
 * l5 on 9 Nov, s12 on 20 Oct):
 *   teams  t1 North SLA 60 min (a1 Ann, a2 Ben); t2 South SLA 30 min (a3 Cas, a4 Dee inactive)
 *   approved orders created in the week: o1 100.00 a1 ann (first ever) cogs 40, rebill 5, delivered +2 d
 *                                        o2  50.00 a1 " Ann@X" = ann (existing) cogs 20, cancelled by a1
 *                                        o3  80.00 a3 bob (existing: o0 on 1 Oct) no cogs, charged back
 *                                        o4  30.00 no agent, cara (first) cogs 10, retry 2.50, delivered +1 d,
 *                                            reprocessed by a2
 *     declined o5 999.00 (a1) and o7 45.00 never count.
 *   refunds in the week: o1 20.00 by a1 (3 Nov), o0 10.00 by a3 (2 Nov); return: o1 rma by a2
 *   logins in the week: a1 ×2, a2 ×1, a4 ×1
 *   conversations in the week (created → first reply / resolved, handle s):
 *     c1 t1 a1 chat  +1800 / +7200, 600, happy, archived, upsell ✓ cross ✗, order o1 (new)
 *     c2 t1 a1 email +5400 / +86400, 300, sad, upsell ✗, order o2 (existing)        (same day as c1)
 *     c3 t2 a3 phone +1200 / –, neutral, archived, order o3 (existing)
 *     c4 t2 a3 chat  – / +3600, 900, cross ✓, order o6 (new, created after the week: still connected)
 *     c5 t1 –  email +600 / –, happy, declined order o7 only
 *     c6 –  –  chat  +3000 / –                         (no team: SLA 60 min)
 *     c7 t1 a2 email +7200 / –, 1200, archived
 *   surveys in the week: csat 5 (c1), 3 (c2), 4 (c3), 2 (c8 → t1 a1); ces 6 (c1), 3 (c3);
 *     nps 10 (c1), 8 (c2), 2 (c3), 9 (no conversation: store only); cx 4 (c1), 5 (c4)
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class KpiCatalogueGraphQlTest {

    private static final String[] SCOPES = {"store", "t1", "t2", "a1", "a2", "a3", "a4"};

    /** Durations: "mean/median/p90/count" in seconds, "-" for null. Money as decimal strings. */
    private static final Object[][] EXPECTED = {
            // key                store   t1      t2      a1      a2      a3      a4
            // o1..o4; t1 = a1's o1, o2; t2 = a3's o3
            {"orders", 4, 2, 1, 2, 0, 1, 0},
            // with an agent: o1, o2, o3
            {"csrOrders", 3, 2, 1, 2, 0, 1, 0},
            // csrOrders ÷ the store's 4 orders: 3/4, 2/4, 1/4; a2 and a4 0/4
            {"csrOrdersShare", 75.0, 50.0, 25.0, 50.0, 0.0, 25.0, 0.0},
            // 100+50+80+30; t1 100+50; t2 80
            {"revenue", "260.00", "150.00", "80.00", "150.00", "0", "80.00", "0"},
            // 260/4 = 65; 150/2 = 75; 80/1; no orders → null
            {"aov", "65.00", "75.00", "80.00", "75.00", null, "80.00", null},
            // o1's refund by a1 (t1), o0's refund by a3 (t2)
            {"refundCount", 2, 1, 1, 1, 0, 1, 0},
            // 2/4; 1/2; 1/1; 1/2; 0 orders → null
            {"refundRate", 50.0, 50.0, 100.0, 50.0, null, 100.0, null},
            {"refundedRevenue", "30.00", "20.00", "10.00", "20.00", "0", "10.00", "0"},
            // 30/260; 20/150; 10/80; revenue 0 → null
            {"refundedRevenueRate", 100 * 30 / 260.0, 100 * 20 / 150.0, 12.5, 100 * 20 / 150.0, null, 12.5, null},
            // o1's return, by a2
            {"returnCount", 1, 1, 0, 0, 1, 0, 0},
            {"rmaCount", 1, 1, 0, 0, 1, 0, 0},
            // o3, created by a3
            {"chargebackCount", 1, 0, 1, 0, 0, 1, 0},
            {"chargebackLostRevenue", "80.00", "0", "80.00", "0", "0", "80.00", "0"},
            // o4 by a2
            {"reprocessCount", 1, 1, 0, 0, 1, 0, 0},
            // o2 by a1
            {"cancelCount", 1, 1, 0, 1, 0, 0, 0},
            // 1/4; 1/2; 0/1; 1/2; no orders → null
            {"cancelRate", 25.0, 50.0, 0.0, 50.0, null, 0.0, null},
            // o1's 5.00
            {"rebillDiscountTotal", "5.00", "5.00", "0", "5.00", "0", "0", "0"},
            // o4's 2.50 (no agent: store only); o1's "0"
            {"retryDiscountTotal", "2.50", "0", "0", "0", "0", "0", "0"},
            // (260 − 70) / initial orders o1, o4 = 95; t1 (150 − 60) / o1 = 90; t2 o3 is no initial order → null
            {"cltv", "95.00", "90.00", null, "90.00", null, null, null},
            {"loginCount", 4, 3, 1, 2, 1, 0, 1},
            // logins ÷ (7 days × agents): store a1 a2 a3 active + a4 logged in = 4; t1 2; t2 a3 + a4 = 2; agents 1
            {"avgLoginsPerDay", 4 / 28.0, 3 / 14.0, 1 / 14.0, 2 / 7.0, 1 / 7.0, 0.0, 1 / 7.0},
            // c1..c7; t1 c1 c2 c5 c7; t2 c3 c4
            {"conversations", 7, 4, 2, 2, 1, 2, 0},
            // all but c4
            {"replied", 6, 4, 1, 2, 1, 1, 0},
            // c1, c3, c7
            {"archived", 3, 2, 1, 1, 1, 1, 0},
            // on time: c1 (30 ≤ 60), c3 (20 ≤ 30), c5 (10 ≤ 60), c6 (50 ≤ 60 default); late c2, c7
            {"onTimeRate", 400 / 6.0, 50.0, 100.0, 50.0, 0.0, 100.0, null},
            {"happy", 2, 2, 0, 1, 0, 0, 0},
            {"neutral", 1, 0, 1, 0, 0, 1, 0},
            {"sad", 1, 1, 0, 1, 0, 0, 0},
            // new-customer connected orders: o1 (c1) 100 + o6 (c4) 70
            {"acquisitionRevenue", "170.00", "100.00", "70.00", "100.00", "0", "70.00", "0"},
            // c1, c4 of 7; c1 of 4; c4 of 2; c1 of 2; 0 of 1; no conversations → null
            {"acquisitionRate", 200 / 7.0, 25.0, 50.0, 50.0, 0.0, 50.0, null},
            // existing-customer connected orders: o2 (c2) 50 + o3 (c3) 80
            {"retentionRevenue", "130.00", "50.00", "80.00", "50.00", "0", "80.00", "0"},
            {"retentionRate", 200 / 7.0, 25.0, 50.0, 50.0, 0.0, 50.0, null},
            // upsell offers: c1 accepted, c2 declined
            {"upsellRate", 50.0, 50.0, null, 50.0, null, null, null},
            // cross-sell: c1 declined, c4 accepted
            {"crossSellRate", 50.0, 0.0, 100.0, 0.0, null, 100.0, null},
            // sorted [600 1200 1800 3000 5400 7200]: mean 19200/6, rank ⌈3⌉ = 1800, rank ⌈5.4⌉ = 6th
            {"firstResponseTime", "3200/1800/7200/6", "3750/1800/7200/4", "1200/1200/1200/1", "3600/1800/5400/2",
                    "7200/7200/7200/1", "1200/1200/1200/1", "-/-/-/0"},
            // [3600 7200 86400]: mean 32400, rank 2, rank ⌈2.7⌉ = 3rd
            {"resolutionTime", "32400/7200/86400/3", "46800/7200/86400/2", "3600/3600/3600/1",
                    "46800/7200/86400/2", "-/-/-/0", "3600/3600/3600/1", "-/-/-/0"},
            // [300 600 900 1200]: mean 750, rank 2 = 600, rank ⌈3.6⌉ = 1200
            {"handleTime", "750/600/1200/4", "700/600/1200/3", "900/900/900/1", "450/300/600/2",
                    "1200/1200/1200/1", "900/900/900/1", "-/-/-/0"},
            // handled and assigned: c1, c2 (a1, 2 Nov), c3 (a3, 4 Nov), c4 (a3, 5 Nov), c7 (a2, 8 Nov):
            // 5 ÷ 4 agent-days; t1 3 ÷ 2; t2 2 ÷ 2
            {"agentCapacity", 1.25, 1.5, 1.0, 2.0, 1.0, 1.0, null},
            // csat ≥ 4: 5 and 4 of 5, 3, 4, 2; t1 5 of 5, 3, 2
            {"csat", 50.0, 100 / 3.0, 100.0, 100 / 3.0, null, 100.0, null},
            {"ces", 4.5, 6.0, 3.0, 6.0, null, 3.0, null},
            // store: promoters 10, 9 (2 of 4 = 50 %), detractors 2 (25 %); t1 10, 8 → 50 − 0; t2 2 → 0 − 100
            {"nps", 25.0, 50.0, -100.0, 50.0, null, -100.0, null},
            {"cxRating", 4.5, 4.0, 5.0, 4.0, null, 5.0, null},
            // 260 ÷ 3 customers (ann, bob, cara) = 86.666… → 86.67
            {"arpa", "86.67", "150.00", "80.00", "150.00", null, "80.00", null},
            // ann (o1, o2) and bob (o0, o3) bought more than once, cara did not
            {"repurchaseRate", 200 / 3.0, 100.0, 100.0, 100.0, null, 100.0, null},
            // initial orders with a delivery: o1 172800 s, o4 86400 s; rank ⌈1⌉ = 86400, rank ⌈1.8⌉ = 172800
            {"timeToValue", "129600/86400/172800/2", "172800/172800/172800/1", "-/-/-/0", "172800/172800/172800/1",
                    "-/-/-/0", "-/-/-/0", "-/-/-/0"},
    };

    @Autowired
    HttpGraphQlTester graphQl;

    @BeforeAll
    static void load(@Autowired FixtureStore fixtures) {
        fixtures.replaceWith("kpi-week.ndjson");
    }

    @Test
    void theExpectationsCoverTheWholeCatalogue() {
        assertThat(java.util.Arrays.stream(EXPECTED).map(row -> row[0]).toList())
                .containsExactlyInAnyOrderElementsOf(MetricCatalogue.all().stream().map(MetricDefinition::key).toList());
    }

    @Test
    void everyMetricForTheStoreTeamsAndAgents() {
        var response = graphQl.documentName("kpiScopes").fragmentName("allKpis")
                .variable("period", Map.of("from", "2026-11-02", "to", "2026-11-08", "timeZone", "UTC"))
                .execute();
        Map<String, Map<String, Object>> scopes = new LinkedHashMap<>();
        scopes.put("store", response.path("kpis").entity(Map.class).get());
        for (String scope : List.of(SCOPES).subList(1, SCOPES.length)) {
            scopes.put(scope, response.path(scope + ".kpis").entity(Map.class).get());
        }
        assertThat(scopes.get("store").get("period")).isEqualTo(
                Map.of("from", "2026-11-02", "to", "2026-11-08", "timeZone", "UTC", "days", 7));
        for (Object[] row : EXPECTED) {
            for (int i = 0; i < SCOPES.length; i++) {
                Object actual = scopes.get(SCOPES[i]).get((String) row[0]);
                assertValue(row[0] + " of " + SCOPES[i], row[i + 1], actual);
            }
        }
    }

    static void assertValue(String what, Object expected, Object actual) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else if (expected instanceof Integer count) {
            assertThat(actual).as(what).isEqualTo(count);
        } else if (expected instanceof Double number) {
            assertThat(actual).as(what).isInstanceOf(Number.class);
            assertThat(((Number) actual).doubleValue()).as(what).isCloseTo(number, within(1e-9));
        } else if (expected instanceof String text && text.contains("/")) {
            String[] parts = text.split("/");
            @SuppressWarnings("unchecked")
            Map<String, Object> stats = (Map<String, Object>) actual;
            assertThat(stats).as(what).isNotNull();
            String[] names = {"mean", "median", "p90"};
            for (int j = 0; j < 3; j++) {
                if (parts[j].equals("-")) {
                    assertThat(stats.get(names[j])).as(what + " " + names[j]).isNull();
                } else {
                    assertThat(((Number) stats.get(names[j])).doubleValue()).as(what + " " + names[j])
                            .isCloseTo(Double.parseDouble(parts[j]), within(1e-9));
                }
            }
            assertThat(stats.get("count")).as(what + " count").isEqualTo(Integer.parseInt(parts[3]));
        } else {
            assertThat(actual).as(what).isNotNull();
            assertThat(new BigDecimal(actual.toString())).as(what).isEqualByComparingTo(new BigDecimal((String) expected));
        }
    }
}
