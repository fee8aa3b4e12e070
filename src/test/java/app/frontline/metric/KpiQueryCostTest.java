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
 * What a KPI request costs in MongoDB commands: nothing for the KPIs themselves (the engine reads
 * its in-memory facts, the directory of agents and teams included), so a request sends only the
 * commands of the lists it asks for (agents, teams), however many agents, metrics and series it
 * selects. Counted with a driver CommandListener.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
        // the agents list, and nothing for the KPIs
        assertThat(forFour).containsExactly("find agents");
    }

    @Test
    void onlyTheSelectedMetricsSourcesAreRead() {
        assertThat(commandsOf("storeOrders")).isEmpty();
        assertThat(commandsOf("storeCsat")).isEmpty();
    }

    @Test
    void aWholeDashboardIsAFixedNumberOfCommands() {
        List<String> dashboard = commandsOf("dashboard",
                Map.of("from", "2026-08-10", "to", "2026-11-08"));
        // the lists of teams and agents (the controllers run concurrently, so the order varies)
        assertThat(dashboard).containsExactlyInAnyOrder("find teams", "find agents");
    }

    @Test
    void seriesOfOnePeriodShareWhatTheyRead() {
        assertThat(commandsOf("threeSeries")).isEmpty();
    }

    @Test
    void theGenericViewWithoutThePreviousPeriodReadsOnlyTheCurrentOne() {
        assertThat(commandsOf("metricsWithoutPrevious")).isEmpty();
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
