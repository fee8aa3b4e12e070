package app.frontline.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.frontline.FixtureStore;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Seed 001's worked example through the real /graphql endpoint: "you've had 10 conversations and 5
 * led to an order. 2 of those orders came from new customers … 2 out of 10 is 20%. One order had an
 * order value of €100 and the other €300 … €400." And 3 from existing customers, worth €70, €90
 * and €0: 30 %, €160. (fixtures/seed-001-example.ndjson; the existing customers' first orders are
 * from October.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class Seed001ExampleTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    FixtureStore fixtures;

    @BeforeEach
    void load() {
        fixtures.replaceWith("seed-001-example.ndjson");
    }

    @Test
    void acquisitionTwentyPercentFourHundredRetentionThirtyPercentOneSixty() {
        var response = graphQl.documentName("seed001Panel")
                .variable("period", Map.of("from", "2026-11-10", "to", "2026-11-10", "timeZone", "Europe/Amsterdam"))
                .execute();
        for (String scope : new String[] {"kpis", "team.kpis", "agent.kpis"}) {
            Map<String, Object> panel = response.path(scope).entity(Map.class).get();
            assertThat(panel.get("conversations")).as(scope).isEqualTo(10);
            assertThat(((Number) panel.get("acquisitionRate")).doubleValue()).as(scope).isCloseTo(20.0, within(1e-9));
            assertThat(new BigDecimal(panel.get("acquisitionRevenue").toString())).as(scope)
                    .isEqualByComparingTo("400");
            assertThat(((Number) panel.get("retentionRate")).doubleValue()).as(scope).isCloseTo(30.0, within(1e-9));
            assertThat(new BigDecimal(panel.get("retentionRevenue").toString())).as(scope)
                    .isEqualByComparingTo("160");
        }
    }
}
