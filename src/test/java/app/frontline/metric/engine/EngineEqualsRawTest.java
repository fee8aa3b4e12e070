package app.frontline.metric.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.FixtureStore;
import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.RecordImporter;
import app.frontline.metric.KpiEngine;
import app.frontline.metric.KpiService;
import app.frontline.metric.MetricCatalogue;
import app.frontline.metric.Scope;
import app.frontline.metric.store.FactStore;
import app.frontline.metric.store.LiveFacts;
import app.frontline.period.Granularity;
import app.frontline.period.Period;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The live facts, kept current record by record, answer exactly what a fresh load of the store
 * answers: random stores (records imported in random order, part of them replaced by changed
 * versions, surveys and orders before their conversations), random periods in zones with whole,
 * half and quarter-hour offsets and DST, every metric and its business-hours variants, for the
 * store, every team and agent and channel and tag slices, as one value and as daily and weekly
 * series; before and after the retired rows are compacted away, and with results shared between
 * calls (each answer after an import must be the fresh one).
 */
@SpringBootTest
class EngineEqualsRawTest {

    private static final List<String> ZONES = List.of("UTC", "Europe/Amsterdam", "Asia/Kolkata", "Asia/Kathmandu",
            "America/St_Johns", "Australia/Adelaide", "Pacific/Chatham", "America/Los_Angeles");
    private static final LocalDate FIRST = LocalDate.of(2026, 10, 10);
    private static final int DAYS = 40;

    @Autowired
    KpiService service;

    @Autowired
    FixtureStore fixtures;

    @Autowired
    RecordImporter importer;

    @Autowired
    KpiEngine engine;

    @Autowired
    LiveFacts facts;

    private EngineKpiService kpis() {
        return (EngineKpiService) service;
    }

    private static Set<String> everyMetric() {
        Set<String> metrics = new LinkedHashSet<>();
        MetricCatalogue.all().forEach(m -> {
            metrics.add(m.key());
            if (m.businessTime() != null) {
                metrics.add(KpiService.businessHours(m.key()));
            }
        });
        return metrics;
    }

    /** One comparison: a period, the scopes and a granularity with the metrics of its series. */
    private record Case(Period period, Set<Scope> scopes, Granularity granularity, Set<String> picked, String where) {
    }

    @Test
    void liveAnswersEqualRawAnswers() {
        Set<String> metrics = everyMetric();
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            fixtures.replaceWith();
            StoreMaker store = new StoreMaker(random);
            List<Case> cases = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
                LocalDate from = FIRST.plusDays(random.nextInt(DAYS - 5));
                Period period = Period.of(from, from.plusDays(random.nextInt(16)), zone);
                List<String> some = new ArrayList<>(metrics);
                java.util.Collections.shuffle(some, random);
                cases.add(new Case(period, scopes(store, random), random.nextBoolean() ? Granularity.DAY
                        : Granularity.WEEK, new LinkedHashSet<>(some.subList(0, 12)),
                        "seed " + seed + ", " + period.from() + ".." + period.to() + " " + zone));
            }
            importLines(store.firstVersions());
            // the same cases after each change: a shared answer must never outlive what it read
            cases.forEach(c -> compare(c, metrics, "first versions"));
            importLines(store.changedVersions());
            assertThat(engine.status().state()).isEqualTo("READY");
            cases.forEach(c -> compare(c, metrics, "changed versions"));
            facts.write(FactStore::compact);
            cases.forEach(c -> compare(c, metrics, "compacted"));
        }
    }

    private void compare(Case c, Set<String> metrics, String stage) {
        String where = c.where() + ", " + stage;
        var live = kpis().values(c.period(), null, c.scopes(), metrics, false);
        var again = kpis().values(c.period(), null, c.scopes(), metrics, false);
        var raw = kpis().values(c.period(), null, c.scopes(), metrics, true);
        compare(live, raw, c.scopes(), metrics, where);
        compare(again, raw, c.scopes(), metrics, where + " (shared)");
        var storeAlone = kpis().values(c.period(), null, Set.of(Scope.STORE), metrics, false);
        compare(storeAlone, raw, Set.of(Scope.STORE), metrics, where + ", store alone");
        var liveSeries = kpis().values(c.period(), c.granularity(), c.scopes(), c.picked(), false);
        var rawSeries = kpis().values(c.period(), c.granularity(), c.scopes(), c.picked(), true);
        compare(liveSeries, rawSeries, c.scopes(), c.picked(), where + ", " + c.granularity() + " series");
    }

    private static void compare(Map<Scope, Map<String, @Nullable Object[]>> live,
            Map<Scope, Map<String, @Nullable Object[]>> raw, Set<Scope> scopes, Set<String> metrics, String where) {
        for (Scope scope : scopes) {
            for (String metric : metrics) {
                Object[] a = live.get(scope).get(metric);
                Object[] b = raw.get(scope).get(metric);
                assertThat(a).as(where + ", " + scope + ", " + metric).hasSameSizeAs(b);
                for (int i = 0; i < a.length; i++) {
                    assertEqual(a[i], b[i], where + ", " + scope + ", " + metric + " [" + i + "]");
                }
            }
        }
    }

    /** Rebuilding from the store gives the same answers as the facts the imports maintained. */
    @Test
    void aRebuildEqualsTheMaintainedFacts() {
        Random random = new Random(99);
        fixtures.replaceWith();
        StoreMaker store = new StoreMaker(random);
        importLines(store.firstVersions());
        importLines(store.changedVersions());
        Set<String> metrics = everyMetric();
        Period period = Period.of(FIRST, FIRST.plusDays(DAYS), ZoneId.of("Asia/Kolkata"));
        Set<Scope> scopes = scopes(store, random);
        var maintained = kpis().values(period, null, scopes, metrics, false);
        engine.rebuild();
        var rebuilt = kpis().values(period, null, scopes, metrics, false);
        compare(maintained, rebuilt, scopes, metrics, "rebuilt");
    }

    private static void assertEqual(@Nullable Object rolled, @Nullable Object raw, String what) {
        if (rolled instanceof BigDecimal a && raw instanceof BigDecimal b) {
            assertThat(a).as(what).isEqualByComparingTo(b);
        } else {
            assertThat(rolled).as(what).isEqualTo(raw);
        }
    }

    private static Set<Scope> scopes(StoreMaker store, Random random) {
        Set<Scope> scopes = new LinkedHashSet<>();
        scopes.add(Scope.STORE);
        store.teams.forEach(t -> scopes.add(Scope.team(t)));
        store.agents.forEach(a -> scopes.add(Scope.agent(a)));
        String channel = StoreMaker.CHANNELS[random.nextInt(StoreMaker.CHANNELS.length)];
        scopes.add(Scope.STORE.within(Scope.Slice.channel(channel)));
        scopes.add(Scope.team(store.teams.getFirst()).within(Scope.Slice.channel(channel)));
        scopes.add(Scope.agent(store.agents.getFirst()).within(Scope.Slice.channel(channel)));
        if (random.nextBoolean()) {
            scopes.add(Scope.STORE.within(Scope.Slice.tag(StoreMaker.TAGS[random.nextInt(StoreMaker.TAGS.length)])));
        }
        return scopes;
    }

    private void importLines(List<String> lines) {
        String ndjson = String.join("\n", lines);
        var summary = importer.importNdjson(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)),
                ImportProgress.NONE);
        assertThat(summary.rejections()).isEmpty();
    }

    /** A random small store in NDJSON lines. */
    static final class StoreMaker {
        static final String[] CHANNELS = {"email", "chat", "phone"};
        static final String[] TAGS = {"shipping", "refund", "vip"};
        private static final String[] RATINGS = {"happy", "neutral", "sad"};
        private static final String[] KINDS = {"csat", "ces", "nps", "cx"};
        private static final int[] MAX = {5, 7, 10, 5};

        final Random random;
        final List<String> teams = List.of("t1", "t2", "t3");
        final List<String> agents = new ArrayList<>();
        private final List<String> conversations = new ArrayList<>();
        private final List<String> orders = new ArrayList<>();
        private final List<String> surveys = new ArrayList<>();
        private final List<String> logins = new ArrayList<>();

        StoreMaker(Random random) {
            this.random = random;
            for (int i = 1; i <= 7; i++) {
                agents.add("a" + i);
            }
        }

        List<String> firstVersions() {
            List<String> lines = new ArrayList<>();
            lines.add(team("t1", "UTC", 30));
            lines.add(team("t2", "Asia/Kolkata", 60).replace("}", ",\"workingHours\":["
                    + "{\"day\":\"monday\",\"from\":\"09:00\",\"to\":\"17:00\"},"
                    + "{\"day\":\"tuesday\",\"from\":\"09:00\",\"to\":\"12:30\"},"
                    + "{\"day\":\"tuesday\",\"from\":\"13:30\",\"to\":\"17:00\"},"
                    + "{\"day\":\"saturday\",\"from\":\"00:00\",\"to\":\"24:00\"}],"
                    + "\"holidays\":[\"2026-10-20\"]}"));
            lines.add(team("t3", "America/St_Johns", 5));
            for (int i = 0; i < agents.size(); i++) {
                lines.add("{\"type\":\"agent\",\"id\":\"" + agents.get(i) + "\",\"name\":\"Agent " + i
                        + "\",\"teamId\":\"" + teams.get(i % 3) + "\"" + (i == 6 ? ",\"active\":false" : "") + "}");
            }
            for (int i = 0; i < 260; i++) {
                conversations.add(conversation("c" + i));
            }
            for (int i = 0; i < 280; i++) {
                orders.add(order("o" + i));
            }
            for (int i = 0; i < 160; i++) {
                surveys.add(survey("s" + i));
            }
            for (int i = 0; i < 90; i++) {
                logins.add("{\"type\":\"login\",\"id\":\"l" + i + "\",\"agentId\":\"" + agent() + "\",\"at\":\""
                        + time() + "\"}");
            }
            // surveys and orders before the conversations they name, in shuffled order
            List<String> records = new ArrayList<>();
            records.addAll(surveys);
            records.addAll(orders);
            records.addAll(logins);
            java.util.Collections.shuffle(records, random);
            lines.addAll(records);
            lines.addAll(conversations);
            return lines;
        }

        /** A third of the records again, changed: other agents, teams, channels, times, statuses, scores. */
        List<String> changedVersions() {
            List<String> lines = new ArrayList<>();
            for (List<String> kind : List.of(conversations, orders, surveys, logins)) {
                Set<Integer> picked = new HashSet<>();
                for (int i = 0; i < kind.size() / 3; i++) {
                    picked.add(random.nextInt(kind.size()));
                }
                for (int index : picked) {
                    String id = kind.get(index).replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
                    lines.add(switch (id.charAt(0)) {
                        case 'c' -> conversation(id);
                        case 'o' -> order(id);
                        case 's' -> survey(id);
                        default -> "{\"type\":\"login\",\"id\":\"" + id + "\",\"agentId\":\"" + agent()
                                + "\",\"at\":\"" + time() + "\"}";
                    });
                }
            }
            java.util.Collections.shuffle(lines, random);
            return lines;
        }

        private static String team(String id, String zone, int sla) {
            return "{\"type\":\"team\",\"id\":\"" + id + "\",\"name\":\"Team " + id + "\",\"timeZone\":\"" + zone
                    + "\",\"slaFirstReplyMinutes\":" + sla + "}";
        }

        private String conversation(String id) {
            Instant created = instant();
            StringBuilder b = new StringBuilder("{\"type\":\"conversation\",\"id\":\"" + id + "\",\"createdAt\":\""
                    + created + "\",\"channel\":\"" + CHANNELS[random.nextInt(3)] + "\"");
            if (random.nextInt(10) > 0) {
                b.append(",\"teamId\":\"").append(teams.get(random.nextInt(3))).append('"');
            }
            if (random.nextInt(6) > 0) {
                b.append(",\"assigneeAgentId\":\"").append(agent()).append('"');
            }
            b.append(",\"customerEmail\":\"").append(customer()).append('"');
            if (random.nextInt(5) > 0) {
                b.append(",\"firstReplyAt\":\"").append(created.plusMillis(random.nextInt(7_200_000))).append('"');
            }
            if (random.nextInt(3) > 0) {
                b.append(",\"resolvedAt\":\"").append(created.plusSeconds(random.nextInt(200_000))).append('"');
            }
            if (random.nextBoolean()) {
                b.append(",\"archivedAt\":\"").append(created.plusSeconds(300_000)).append('"');
            }
            if (random.nextInt(4) > 0) {
                b.append(",\"handleSeconds\":").append(random.nextInt(5000));
            }
            if (random.nextInt(3) > 0) {
                b.append(",\"rating\":\"").append(RATINGS[random.nextInt(3)]).append('"');
            }
            b.append(",\"offers\":[");
            int offers = random.nextInt(3);
            for (int i = 0; i < offers; i++) {
                b.append(i > 0 ? "," : "").append("{\"kind\":\"").append(random.nextBoolean() ? "upsell" : "crossSell")
                        .append("\",\"accepted\":").append(random.nextBoolean()).append('}');
            }
            b.append("],\"tags\":[");
            int tags = random.nextInt(3);
            for (int i = 0; i < tags; i++) {
                b.append(i > 0 ? "," : "").append('"').append(TAGS[(i + random.nextInt(3)) % 3]).append('"');
            }
            return b.append("]}").toString();
        }

        private String order(String id) {
            Instant created = instant();
            StringBuilder b = new StringBuilder("{\"type\":\"order\",\"id\":\"" + id + "\",\"status\":\""
                    + (random.nextInt(6) > 0 ? "approved" : "declined") + "\",\"createdAt\":\"" + created
                    + "\",\"customerEmail\":\"" + (random.nextBoolean() ? " " : "") + customer().toUpperCase()
                    + "\",\"total\":\"" + money(400) + "\"");
            if (random.nextBoolean()) {
                b.append(",\"cogs\":\"").append(money(100)).append('"');
            }
            if (random.nextInt(4) > 0) {
                b.append(",\"createdByAgentId\":\"").append(agent()).append('"');
            }
            if (random.nextInt(3) > 0) {
                b.append(",\"conversationId\":\"c").append(random.nextInt(280)).append('"');
            }
            if (random.nextInt(4) == 0) {
                b.append(",\"rebillDiscount\":\"").append(money(20)).append("\",\"retryDiscount\":\"")
                        .append(money(9)).append('"');
            }
            if (random.nextBoolean()) {
                b.append(",\"deliveredAt\":\"").append(created.plusSeconds(random.nextInt(400_000))).append('"');
            }
            if (random.nextInt(4) == 0) {
                b.append(",\"refunds\":[{\"at\":\"").append(after(created)).append("\",\"amount\":\"").append(money(50))
                        .append("\",\"byAgentId\":\"").append(agent()).append("\"},{\"at\":\"").append(after(created))
                        .append("\",\"amount\":\"").append(money(5)).append("\"}]");
            }
            if (random.nextInt(5) == 0) {
                b.append(",\"returns\":[{\"at\":\"").append(after(created)).append("\",\"rma\":").append(random.nextBoolean())
                        .append(",\"byAgentId\":\"").append(agent()).append("\"}]");
            }
            if (random.nextInt(8) == 0) {
                b.append(",\"chargeback\":{\"at\":\"").append(after(created)).append("\"}");
            }
            if (random.nextInt(8) == 0) {
                b.append(",\"reprocessedAt\":\"").append(after(created)).append("\",\"reprocessedByAgentId\":\"")
                        .append(agent()).append('"');
            }
            if (random.nextInt(8) == 0) {
                b.append(",\"cancelledAt\":\"").append(after(created)).append("\",\"cancelledByAgentId\":\"")
                        .append(agent()).append('"');
            }
            return b.append('}').toString();
        }

        private String survey(String id) {
            int kind = random.nextInt(4);
            int min = kind == 2 ? 0 : 1;
            return "{\"type\":\"survey\",\"id\":\"" + id + "\",\"kind\":\"" + KINDS[kind] + "\",\"score\":"
                    + (min + random.nextInt(MAX[kind] - min + 1)) + ",\"at\":\"" + time() + "\""
                    + (random.nextInt(8) > 0 ? ",\"conversationId\":\"c" + random.nextInt(300) + "\"" : "") + "}";
        }

        private String agent() {
            return agents.get(random.nextInt(agents.size()));
        }

        private String customer() {
            return "customer" + random.nextInt(60) + "@shop.example";
        }

        private String money(int max) {
            // scales 0..3: sums of mixed scales must still compare equal
            return BigDecimal.valueOf(1 + random.nextInt(max * 1000), random.nextInt(4)).toPlainString();
        }

        private String after(Instant created) {
            return created.plusMillis((long) (random.nextDouble() * 10 * 86_400_000L)).toString();
        }

        private String time() {
            return instant().toString();
        }

        /** Mostly whole minutes, some with seconds and millis, over the days around the periods. */
        private Instant instant() {
            long base = FIRST.minusDays(5).atStartOfDay(ZoneId.of("UTC")).toInstant().toEpochMilli();
            long span = (DAYS + 10) * 86_400_000L;
            long t = base + (long) (random.nextDouble() * span);
            return Instant.ofEpochMilli(random.nextInt(4) == 0 ? t : t / 60_000 * 60_000);
        }
    }
}
