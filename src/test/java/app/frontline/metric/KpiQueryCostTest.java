package app.frontline.metric;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.FixtureStore;
import app.frontline.MongoCommandCounter;
import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.RecordImporter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * What a KPI request costs in MongoDB commands on the raw path (the one queries take while the
 * rollups build, or with {@code frontline.metrics.engine=raw}), counted with a driver
 * CommandListener: it depends on which metrics are selected, never on how many agents or teams are
 * listed. The rollup path's cost is in {@link DemoDashboardTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "frontline.metrics.engine=raw")
@AutoConfigureHttpGraphQlTester
@Import(MongoCommandCounter.Config.class)
class KpiQueryCostTest {

    private static final Map<String, String> WEEK = Map.of("from", "2026-11-02", "to", "2026-11-08");

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    MongoCommandCounter commands;

    @Autowired
    FixtureStore fixtures;

    @Autowired
    RecordImporter importer;

    @BeforeEach
    void load() {
        fixtures.replaceWith("kpi-week.ndjson");
    }

    @Test
    void fortyAgentsCostWhatFourCost() {
        List<String> forFour = commandsOf("agentsKpis");
        List<String> forOne = commandsOf("oneAgentKpis");

        String moreAgents = IntStream.rangeClosed(5, 40)
                .mapToObj(i -> "{\"type\":\"agent\",\"id\":\"a" + i + "\",\"name\":\"Agent " + i + "\",\"teamId\":\"t2\"}")
                .collect(Collectors.joining("\n"));
        importer.importNdjson(new ByteArrayInputStream(moreAgents.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
        List<String> forForty = commandsOf("agentsKpis");

        graphQl.documentName("agentsKpis").variable("period", WEEK).execute()
                .path("agents").entityList(Object.class).hasSize(40);
        assertThat(forForty).isEqualTo(forFour);
        // one agent by id instead of all agents: the same KPI commands
        assertThat(forOne).isEqualTo(forFour);
        // the directory, then one pass per collection the metrics read
        assertThat(forFour).containsExactly("find agents", "find agents", "find teams", "find orders",
                "find conversations", "find surveys", "find conversations");
    }

    @Test
    void onlyTheSelectedMetricsSourcesAreRead() {
        assertThat(commandsOf("storeOrders")).containsExactly("find agents", "find teams", "find orders");
        assertThat(commandsOf("storeCsat"))
                .containsExactly("find agents", "find teams", "find surveys", "find conversations");
    }

    @Test
    void aWholeDashboardIsAFixedNumberOfCommands() {
        List<String> dashboard = commandsOf("dashboard",
                Map.of("from", "2026-08-10", "to", "2026-11-08"));
        // the directory lists; the store's, teams' and agents' KPIs from one read of each collection
        // (the second data-loader level reuses the first's facts); the trend's own read
        // (the controllers run concurrently, so the order varies)
        assertThat(dashboard).containsExactlyInAnyOrder("find teams", "find agents",
                "find agents", "find teams", "find orders", "find conversations", "find surveys", "find conversations",
                "find agents", "find teams", "find conversations");
    }

    @Test
    void seriesOfOnePeriodShareWhatTheyRead() {
        // the directory once; conversations once for the first two series; the third adds surveys
        // (and their conversations)
        assertThat(commandsOf("threeSeries")).containsExactlyInAnyOrder("find agents", "find teams",
                "find conversations", "find surveys", "find conversations");
    }

    @Test
    void theGenericViewWithoutThePreviousPeriodReadsOnlyTheCurrentOne() {
        // one period: the directory and one pass over orders (with the previous period it is two)
        assertThat(commandsOf("metricsWithoutPrevious")).containsExactly("find agents", "find teams", "find orders");
        graphQl.documentName("metricsWithoutPrevious").variable("period", WEEK).execute()
                .path("kpis.metrics[0].value").entity(Double.class).isEqualTo(4.0)
                .path("kpis.metrics[0].previous").valueIsNull()
                .path("kpis.metrics[0].change").valueIsNull();
    }

    private List<String> commandsOf(String document) {
        return commandsOf(document, null);
    }

    private List<String> commandsOf(String document, Map<String, String> trend) {
        commands.reset();
        var request = graphQl.documentName(document).variable("period", WEEK);
        if (trend != null) {
            request = request.variable("trend", trend);
        }
        request.execute().errors().verify();
        return commands.commands().stream().filter(c -> !c.startsWith("getMore")).toList();
    }
}
