package app.frontline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The benchmark's comparison: how a dashboard answer is flattened, and what counts as equal. */
class DashboardValuesTest {

    private static final String ANSWER = """
            {"kpis": {"period": {"from": "2026-10-26", "days": 28}, "orders": 3, "revenue": 12.50,
                      "firstResponseTime": {"mean": 1.5, "median": null}},
             "agents": [{"id": "a-1", "kpis": {"orders": 1}}],
             "csat": {"points": [{"start": "2026-08-24", "value": 75.0}]}}""";

    private static Map<String, @Nullable Object> frontline() {
        return DashboardValues.flatten(DashboardValues.JSON.readTree(ANSWER));
    }

    private static Map<String, @Nullable Object> peer() {
        Map<String, @Nullable Object> peer = new LinkedHashMap<>();
        peer.put("kpis.period.from", "2026-10-26");
        peer.put("kpis.period.days", 28L);
        peer.put("kpis.orders", 3L);
        peer.put("kpis.revenue", new BigDecimal("12.5000"));
        peer.put("kpis.firstResponseTime.mean", 1.5 + 1e-12);
        peer.put("kpis.firstResponseTime.median", null);
        peer.put("agents[a-1].kpis.orders", 1L);
        peer.put("csat.points[2026-08-24].value", 75.0);
        return peer;
    }

    @Test
    void listItemsAreKeyedByIdOrStart() {
        assertThat(frontline().keySet()).containsExactly("kpis.period.from", "kpis.period.days", "kpis.orders",
                "kpis.revenue", "kpis.firstResponseTime.mean", "kpis.firstResponseTime.median",
                "agents[a-1].kpis.orders", "csat.points[2026-08-24].value");
        assertThat(frontline().get("kpis.revenue")).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void equalAnswersHaveNoDifferences() {
        assertThat(DashboardValues.differences(frontline(), peer())).isEmpty();
    }

    @Test
    void everyKindOfDifferenceIsReported() {
        Map<String, @Nullable Object> peer = peer();
        peer.put("kpis.orders", 4L);                                  // a count off by one
        peer.put("kpis.revenue", new BigDecimal("12.51"));            // money off by a cent
        peer.put("csat.points[2026-08-24].value", 75.0 + 1e-6);       // a rate beyond 1e-9
        peer.put("kpis.firstResponseTime.median", 0.0);               // null against 0
        peer.remove("agents[a-1].kpis.orders");                       // a value only Frontline has
        peer.put("agents[a-2].kpis.orders", 0L);                      // and one only DuckDB has
        assertThat(DashboardValues.differences(frontline(), peer)).containsExactly(
                "agents[a-1].kpis.orders: only Frontline has it",
                "agents[a-2].kpis.orders: only DuckDB has it",
                "csat.points[2026-08-24].value: Frontline 75.0, DuckDB 75.000001",
                "kpis.firstResponseTime.median: Frontline null, DuckDB 0.0",
                "kpis.orders: Frontline 3, DuckDB 4",
                "kpis.revenue: Frontline 12.50, DuckDB 12.51");
    }
}
