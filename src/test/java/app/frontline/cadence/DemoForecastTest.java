package app.frontline.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.demo.DemoDataGenerator;
import app.frontline.demo.DemoOptions;
import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.RecordImporter;
import app.frontline.metric.KpiEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The forecast on the demo store as the app generates it (40,000 conversations over 120 days,
 * seed 42, store zone Europe/Amsterdam), ending Wednesday 2026-12-02: the day issue 13 was measured,
 * with the surge week (26 Oct) the last week before the backtest. Logs every scope's backtest MAPE
 * beside its seasonal-naive baseline and how often the actual weeks fell inside the 80 % band.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class DemoForecastTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 2);
    private static final List<String> TEAMS = List.of("t-emea", "t-vip", "t-amer", "t-apac", "t-social");

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    @SuppressWarnings("unchecked")
    void backtestErrorOfTheStoreAndEveryTeam(@Autowired RecordImporter importer, @Autowired MongoTemplate mongo,
            @Autowired KpiEngine rollups) throws IOException {
        List.of("teams", "agents", "logins", "conversations", "surveys", "orders", "benchmarks")
                .forEach(c -> mongo.getCollection(c).deleteMany(new Document()));
        rollups.rebuild();
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        new DemoDataGenerator(DemoOptions.defaults(LAST_DAY)).generate(ndjson);
        assertThat(importer.importNdjson(new ByteArrayInputStream(ndjson.toByteArray()), ImportProgress.NONE)
                .rejected()).isZero();

        List<String> scopes = new ArrayList<>();
        scopes.add(null);
        scopes.addAll(TEAMS);
        List<double[]> figures = new ArrayList<>();
        // the first requests after a 40,000-conversation import outlast the tester's default 5 s here
        HttpGraphQlTester patient = graphQl.mutate().responseTimeout(java.time.Duration.ofSeconds(120)).build();
        for (String team : scopes) {
            var response = patient.documentName("forecastFigures").variable("teamId", team)
                    .variable("startWeek", "2026-11-30").execute();
            double mape = response.path("forecast.backtestMape").entity(Double.class).get();
            double baseline = response.path("forecast.baseline.backtestMape").entity(Double.class).get();
            List<Map<String, Object>> weeks = response.path("forecast.backtest").entityList(Map.class).get().stream()
                    .map(m -> (Map<String, Object>) m).toList();
            long inside = weeks.stream().filter(w -> ((Number) w.get("actual")).doubleValue()
                    >= ((Number) w.get("lower")).doubleValue() && ((Number) w.get("actual")).doubleValue()
                    <= ((Number) w.get("upper")).doubleValue()).count();
            long surgeDays = response.path("forecast.outliers[*].reason").entityList(String.class).get().stream()
                    .filter("SURGE"::equals).count();
            System.out.printf("[forecast] demo %-8s backtest MAPE %5.2f %%  seasonal-naive %5.2f %%  inside the 80 %%"
                    + " band %d/4  surge days set aside %d%n", team == null ? "store" : team, mape, baseline, inside,
                    surgeDays);
            figures.add(new double[] {mape, baseline, surgeDays});
        }
        // measured 2026-12-02 (see the README): store 1.76 % (baseline 1.23 %), EMEA 1.25 (1.26), VIP 5.63
        // (4.38), Americas 3.07 (2.50), APAC 3.34 (4.36), Social 10.24 (10.21). The 77.4 % came
        // from the surge week, which is now set aside whole; the store stays within the 10 %,
        // and no scope is materially worse than repeating last week (at most 2 points above it)
        double[] store = figures.getFirst();
        assertThat(store[0]).isLessThanOrEqualTo(10.0);
        assertThat(store[2]).isGreaterThanOrEqualTo(7);
        assertThat(figures).allSatisfy(f -> assertThat(f[0]).isLessThanOrEqualTo(f[1] + 2.0));
        System.out.printf("[forecast] demo mean over scopes: model %.2f %%, baseline %.2f %%%n",
                figures.stream().mapToDouble(f -> f[0]).average().orElseThrow(),
                figures.stream().mapToDouble(f -> f[1]).average().orElseThrow());
    }
}
