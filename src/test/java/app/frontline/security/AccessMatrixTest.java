package app.frontline.security;

import static app.frontline.security.AccessMatrixTest.Who.ADMIN;
import static app.frontline.security.AccessMatrixTest.Who.AGENT;
import static app.frontline.security.AccessMatrixTest.Who.INGEST;
import static app.frontline.security.AccessMatrixTest.Who.MANAGER;
import static app.frontline.security.AccessMatrixTest.Who.READ;
import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.TestUsers;
import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.RecordImporter;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every caller (anonymous, each role, each token scope) against every query, mutation and endpoint,
 * over real HTTP: allowed, or FORBIDDEN (HTTP 401 for the anonymous caller, 403 on /api/import).
 * The matrix is {@link #ROWS}, one line per operation (or per scope an operation is asked for), and
 * {@link #everyOperationOfTheSchemaHasARow} fails while a Query, Mutation or Subscription field has
 * none: a new operation needs a decision here and in {@code FieldRules}.
 *
 * <p>The store: teams t-a (the manager's, and the agent's) and t-b; agents a-1 Ann (the agent user),
 * a-2 Bob (t-a) and a-3 Cem (t-b). In the week of 2 Nov 2026: c-1 (t-a, Ann, CSAT 5), c-2 (t-b,
 * Cem, CSAT 3), c-3 (t-a but assigned to Cem), and order o-1 created by Cem, refunded by Ann.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// a context of its own: in a full run, contexts started and closed by other tests in this JVM (two
// instances, restarts) left a cached context's subscriptions without the caller; one context per JVM,
// as in production, is not affected
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.BEFORE_CLASS)
class AccessMatrixTest {

    enum Who { ANONYMOUS, ADMIN, MANAGER, AGENT, READ, INGEST }

    static final String WEEK = "period: {from: \"2026-11-02\", to: \"2026-11-08\"}";

    /** operation, document, who may run it: everyone else is FORBIDDEN. */
    static final List<Row> ROWS = List.of(
            row("Query.teams", "{ teams { id } }", ADMIN, MANAGER, AGENT, READ, INGEST),
            row("Query.team", "{ team(id: \"t-a\") { id } }", ADMIN, MANAGER, AGENT, READ),
            row("Query.team", "{ team(id: \"t-b\") { id } }", ADMIN, READ),
            row("Query.agents", "{ agents { id } }", ADMIN, MANAGER, AGENT, READ, INGEST),
            row("Query.agent", "{ agent(id: \"a-1\") { id } }", ADMIN, MANAGER, AGENT, READ),
            row("Query.agent", "{ agent(id: \"a-2\") { id } }", ADMIN, MANAGER, READ),
            row("Query.agent", "{ agent(id: \"a-3\") { id } }", ADMIN, READ),
            row("Query.kpis", "{ kpis(" + WEEK + ") { conversations } }", ADMIN, MANAGER, READ),
            row("Query.metricDefinitions", "{ metricDefinitions { key } }", ADMIN, MANAGER, AGENT, READ, INGEST),
            row("Query.series", "{ series(metric: csat, " + WEEK + ") { points { value } } }", ADMIN, MANAGER, READ),
            row("Query.series", "{ series(metric: csat, teamId: \"t-a\", " + WEEK + ") { points { value } } }",
                    ADMIN, MANAGER, AGENT, READ),
            row("Query.series", "{ series(metric: csat, teamId: \"t-b\", " + WEEK + ") { points { value } } }",
                    ADMIN, READ),
            row("Query.series", "{ series(metric: csat, agentId: \"a-1\", " + WEEK + ") { points { value } } }",
                    ADMIN, MANAGER, AGENT, READ),
            row("Query.series", "{ series(metric: csat, agentId: \"a-2\", " + WEEK + ") { points { value } } }",
                    ADMIN, MANAGER, READ),
            row("Query.series", "{ series(metric: csat, agentId: \"a-3\", " + WEEK + ") { points { value } } }",
                    ADMIN, READ),
            row("Query.channelBreakdown", "{ channelBreakdown(" + WEEK + ") { channel } }", ADMIN, MANAGER, READ),
            row("Query.channelBreakdown", "{ channelBreakdown(agentId: \"a-1\", " + WEEK + ") { channel } }",
                    ADMIN, MANAGER, AGENT, READ),
            row("Query.tagBreakdown", "{ tagBreakdown(teamId: \"t-a\", " + WEEK + ") { tag } }",
                    ADMIN, MANAGER, AGENT, READ),
            row("Query.tagBreakdown", "{ tagBreakdown(agentId: \"a-2\", " + WEEK + ") { tag } }", ADMIN, MANAGER, READ),
            row("Query.leaderboard", "{ leaderboard(metric: csat, " + WEEK + ") { rank } }", ADMIN, READ),
            row("Query.leaderboard", "{ leaderboard(metric: csat, teamId: \"t-a\", " + WEEK + ") { rank } }",
                    ADMIN, MANAGER, READ),
            row("Query.recordCounts", "{ recordCounts { teams } }", ADMIN, MANAGER, READ),
            row("Query.conversations", "{ conversations(" + WEEK + ") { totalCount } }", ADMIN, READ),
            row("Query.conversations", "{ conversations(teamId: \"t-a\", " + WEEK + ") { totalCount } }",
                    ADMIN, MANAGER, READ),
            row("Query.conversations", "{ conversations(agentId: \"a-1\", " + WEEK + ") { totalCount } }",
                    ADMIN, MANAGER, AGENT, READ),
            row("Query.orders", "{ orders(" + WEEK + ") { totalCount } }", ADMIN, READ),
            row("Query.orders", "{ orders(agentId: \"a-2\", " + WEEK + ") { totalCount } }", ADMIN, MANAGER, READ),
            row("Query.orders", "{ orders(agentId: \"a-1\", " + WEEK + ") { totalCount } }", ADMIN, MANAGER, AGENT, READ),
            row("Query.me", "{ me { name } }", ADMIN, MANAGER, AGENT, READ, INGEST),
            row("Query.users", "{ users { username } }", ADMIN),
            row("Query.connectorDeadLetters", "{ connectorDeadLetters { count } }", ADMIN),
            row("Query.apiTokens", "{ apiTokens { id } }", ADMIN),
            // fields below the root, reached through an allowed one
            row("Team.kpis", "{ team(id: \"t-a\") { kpis(" + WEEK + ") { conversations } } }",
                    ADMIN, MANAGER, AGENT, READ),
            row("Team.conversations", "{ team(id: \"t-a\") { conversations(" + WEEK + ") { totalCount } } }",
                    ADMIN, MANAGER, READ),
            row("Agent.kpis", "{ agent(id: \"a-1\") { kpis(" + WEEK + ") { conversations } } }",
                    ADMIN, MANAGER, AGENT, READ),
            row("Agent.orders", "{ agent(id: \"a-1\") { orders(" + WEEK + ") { totalCount } } }",
                    ADMIN, MANAGER, AGENT, READ),
            // mutations
            row("Mutation.importRecords", "mutation { importRecords(input: {teams: [{id: \"t-a\", name: \"A\"}]}) "
                    + "{ __typename } }", ADMIN, INGEST),
            row("Mutation.createUser", "mutation { createUser(input: {username: \"matrix\", password: \"12345678\", "
                    + "role: ADMIN}) { __typename } }", ADMIN),
            row("Mutation.deleteUser", "mutation { deleteUser(username: \"nobody\") }", ADMIN),
            row("Mutation.createApiToken", "mutation { createApiToken(name: \"matrix\", scopes: [READ]) { __typename } }",
                    ADMIN),
            row("Mutation.revokeApiToken", "mutation { revokeApiToken(id: \"tok_none\") { id } }", ADMIN),
            // endpoints besides POST /graphql (which every row above goes through)
            row("Query.benchmarks", "{ benchmarks { warn } }", ADMIN, MANAGER, READ),
            row("Query.benchmarks", "{ benchmarks(teamId: \"t-a\") { warn } }", ADMIN, MANAGER, AGENT, READ),
            row("Query.benchmarks", "{ benchmarks(teamId: \"t-b\") { warn } }", ADMIN, READ),
            row("Mutation.setBenchmark", "mutation { setBenchmark(input: {metric: csat, target: 90, warn: 80, "
                    + "breach: 70}) { __typename } }", ADMIN),
            row("Mutation.setBenchmark", "mutation { setBenchmark(input: {metric: csat, teamId: \"t-a\", "
                    + "target: 90, warn: 80, breach: 70}) { __typename } }", ADMIN, MANAGER),
            row("Mutation.setBenchmark", "mutation { setBenchmark(input: {metric: csat, teamId: \"t-b\", "
                    + "target: 90, warn: 80, breach: 70}) { __typename } }", ADMIN),
            row("Mutation.deleteBenchmark", "mutation { deleteBenchmark(metric: aov) { deleted } }", ADMIN),
            row("Mutation.deleteBenchmark", "mutation { deleteBenchmark(metric: aov, teamId: \"t-a\") { deleted } }",
                    ADMIN, MANAGER),
            row("Query.surges", "{ surges(" + WEEK + ") { days { count } } }", ADMIN, MANAGER, READ),
            row("Query.surges", "{ surges(teamId: \"t-a\", " + WEEK + ") { days { count } } }",
                    ADMIN, MANAGER, AGENT, READ),
            row("Query.forecast", "{ forecast(teamId: \"t-b\") { historyTo } }", ADMIN, READ),
            row("Query.forecast", "{ forecast { historyTo } }", ADMIN, MANAGER, READ),
            row("Query.weeklyDigest", "{ weeklyDigest(weekOf: \"2026-11-04\") { subject } }", ADMIN, MANAGER, READ),
            row("Query.weeklyDigest", "{ weeklyDigest(teamId: \"t-b\", weekOf: \"2026-11-04\") { subject } }",
                    ADMIN, READ),
            row("Mutation.sendWeeklyDigest", "mutation { sendWeeklyDigest(weekOf: \"2026-11-04\") { __typename } }",
                    ADMIN),
            row("Subscription.todayKpis", "subscription { todayKpis { conversations } }", ADMIN, MANAGER, READ),
            row("Subscription.todayKpis", "subscription { todayKpis(agentId: \"a-1\") { conversations } }",
                    ADMIN, MANAGER, AGENT, READ),
            row("Subscription.todayKpis", "subscription { todayKpis(teamId: \"t-b\") { conversations } }",
                    ADMIN, READ),
            row("Query.rollupStatus", "{ rollupStatus { state } }", ADMIN, MANAGER, READ),
            row("Mutation.rebuildRollups", "mutation { rebuildRollups { state } }", ADMIN),
            row("POST /api/import", "{\"type\":\"team\",\"id\":\"t-a\",\"name\":\"A\"}\n", ADMIN, INGEST),
            row("POST /api/connectors/shopify/backfill", "{\"orders\": []}", ADMIN, INGEST),
            row("POST /api/connectors/zendesk/backfill", "{\"tickets\": []}", ADMIN, INGEST));

    record Row(String operation, String document, Set<Who> allowed) {
    }

    static Row row(String operation, String document, Who... allowed) {
        return new Row(operation, document, allowed.length == 0 ? Set.of() : EnumSet.copyOf(List.of(allowed)));
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<Who, @Nullable String> authorization = new EnumMap<>(Who.class);

    @LocalServerPort
    int port;

    @BeforeAll
    void storeUsersAndTokens(@Autowired RecordImporter importer, @Autowired MongoTemplate mongo,
            @Autowired Users users, @Autowired ApiTokens tokens) {
        List.of("teams", "agents", "logins", "conversations", "surveys", "orders")
                .forEach(c -> mongo.remove(new Query(), c));
        String ndjson = """
                {"type":"team","id":"t-a","name":"A"}
                {"type":"team","id":"t-b","name":"B"}
                {"type":"agent","id":"a-1","name":"Ann","teamId":"t-a"}
                {"type":"agent","id":"a-2","name":"Bob","teamId":"t-a"}
                {"type":"agent","id":"a-3","name":"Cem","teamId":"t-b"}
                {"type":"conversation","id":"c-1","teamId":"t-a","assigneeAgentId":"a-1","createdAt":"2026-11-03T10:00:00Z","tags":["x"]}
                {"type":"conversation","id":"c-2","teamId":"t-b","assigneeAgentId":"a-3","createdAt":"2026-11-03T10:00:00Z"}
                {"type":"conversation","id":"c-3","teamId":"t-a","assigneeAgentId":"a-3","createdAt":"2026-11-04T10:00:00Z"}
                {"type":"survey","id":"s-1","conversationId":"c-1","kind":"csat","score":5,"at":"2026-11-03T11:00:00Z"}
                {"type":"survey","id":"s-2","conversationId":"c-2","kind":"csat","score":3,"at":"2026-11-03T11:00:00Z"}
                {"type":"order","id":"o-1","status":"approved","createdAt":"2026-11-03T10:00:00Z","customerEmail":"o@example.com","total":10,"createdByAgentId":"a-3","refunds":[{"at":"2026-11-04T10:00:00Z","amount":5,"byAgentId":"a-1"}]}
                """;
        assertThat(importer.importNdjson(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)),
                ImportProgress.NONE).rejected()).isZero();
        for (String name : List.of("matrix-manager", "matrix-agent", "matrix")) {
            users.delete(name);
        }
        users.save("matrix-manager", "manager-password", Role.MANAGER, Set.of("t-a"), null);
        users.save("matrix-agent", "agent-password", Role.AGENT, Set.of(), "a-1");
        authorization.put(Who.ANONYMOUS, null);
        authorization.put(ADMIN, TestUsers.adminBasic());
        authorization.put(MANAGER, TestUsers.basic("matrix-manager", "manager-password"));
        authorization.put(AGENT, TestUsers.basic("matrix-agent", "agent-password"));
        authorization.put(READ, "Bearer " + tokens.create("matrix-read", Set.of(TokenScope.READ), "test").secret());
        authorization.put(INGEST, "Bearer " + tokens.create("matrix-ingest", Set.of(TokenScope.INGEST), "test").secret());
    }

    @Test
    void everyCallerAgainstEveryOperation() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : ROWS) {
            for (Who who : Who.values()) {
                String outcome = run(row, who);
                String expected = who == Who.ANONYMOUS ? "UNAUTHORIZED"
                        : row.allowed().contains(who) ? "ALLOWED" : "FORBIDDEN";
                if (!outcome.equals(expected)) {
                    wrong.add(row.operation() + " " + row.document() + " as " + who + ": " + outcome
                            + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyOperationOfTheSchemaHasARow(@Autowired GraphQlSource source) {
        GraphQLSchema schema = source.schema();
        Set<String> missing = new TreeSet<>();
        Stream.of(schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType())
                .filter(t -> t != null)
                .forEach((GraphQLObjectType type) -> type.getFieldDefinitions().forEach(field -> {
                    String operation = type.getName() + "." + field.getName();
                    if (ROWS.stream().noneMatch(r -> r.operation().equals(operation))) {
                        missing.add(operation);
                    }
                }));
        assertThat(missing).as("operations without a row in AccessMatrixTest.ROWS (and a rule in FieldRules)")
                .isEmpty();
    }

    @Test
    void listsKeepWhatTheCallerMaySee() throws Exception {
        assertThat(ids(MANAGER, "{ agents { id } }", "agents")).containsExactly("a-1", "a-2");
        assertThat(ids(AGENT, "{ agents { id } }", "agents")).containsExactly("a-1");
        assertThat(ids(AGENT, "{ teams { id } }", "teams")).containsExactly("t-a");
        assertThat(ids(INGEST, "{ teams { id } }", "teams")).isEmpty();
        JsonNode teamAgents = post(AGENT, "{ team(id: \"t-a\") { agents { id } } }").path("data").path("team")
                .path("agents");
        assertThat(teamAgents.size()).isEqualTo(1);
        assertThat(ids(READ, "{ teams { id } }", "teams")).containsExactly("t-a", "t-b");
    }

    /**
     * Every field that names agents names only those the caller may see. The digest ranks by CSAT:
     * Ann 5 → 100 %, Cem 3 → 0 %, Bob no answer (left out). Store-wide, the administrator and a read
     * token see top Ann, bottom Cem; the manager of t-a sees the store's numbers but ranks only Ann
     * (Cem is of t-b); the agent's team digest names only the agent.
     */
    @Test
    void everyFieldThatNamesAgentsNamesOnlyThoseTheCallerMaySee() throws Exception {
        String storeDigest = "{ weeklyDigest(weekOf: \"2026-11-04\") { html } }";
        for (Who who : List.of(ADMIN, READ)) {
            String html = post(who, storeDigest).path("data").path("weeklyDigest").path("html").asString();
            assertThat(html).as(who + "").contains("<ol id=\"top\"><li>Ann: 100.0 %</li></ol>")
                    .contains("<ol id=\"bottom\"><li>Cem: 0.0 %</li></ol>").doesNotContain("Only the agents");
        }
        String manager = post(MANAGER, storeDigest).path("data").path("weeklyDigest").path("html").asString();
        assertThat(manager).contains("<ol id=\"top\"><li>Ann: 100.0 %</li></ol>").doesNotContain("Cem")
                .contains("<p id=\"bottom\">None this week.</p>").contains("Only the agents you may see are ranked.")
                // the store's numbers stay the store's: 3 conversations
                .containsPattern("data-metric=\"conversations\"><td>[^<]+</td><td>3</td>");
        String managersTeam = post(MANAGER, "{ weeklyDigest(teamId: \"t-a\", weekOf: \"2026-11-04\") { html } }")
                .path("data").path("weeklyDigest").path("html").asString();
        assertThat(managersTeam).contains("<ol id=\"top\"><li>Ann: 100.0 %</li></ol>").doesNotContain("Only the agents");
        String agentsTeam = post(AGENT, "{ weeklyDigest(teamId: \"t-a\", weekOf: \"2026-11-04\") { html } }")
                .path("data").path("weeklyDigest").path("html").asString();
        assertThat(agentsTeam).contains("<ol id=\"top\"><li>Ann: 100.0 %</li></ol>")
                .contains("Only the agents you may see are ranked.");

        // a conversation of t-a assigned to Cem (t-b): the row is the manager's, the assignee is not
        String assignees = "{ conversations(teamId: \"t-a\", " + WEEK + ") { edges { node { id assignee { id } } } } }";
        assertThat(assignees(ADMIN, assignees, "conversations")).containsExactlyInAnyOrder("c-1:a-1", "c-3:a-3");
        assertThat(assignees(MANAGER, assignees, "conversations")).containsExactlyInAnyOrder("c-1:a-1", "c-3:-");
        // o-1 refunded by Ann, created by Cem
        String creators = "{ orders(agentId: \"a-1\", filter: {refunded: true}, " + WEEK
                + ") { edges { node { id assignee: createdBy { id } } } } }";
        assertThat(assignees(ADMIN, creators, "orders")).containsExactly("o-1:a-3");
        assertThat(assignees(MANAGER, creators, "orders")).containsExactly("o-1:-");
        assertThat(assignees(AGENT, creators, "orders")).containsExactly("o-1:-");

        // lists: the team's leaderboard, the directory
        String board = "{ leaderboard(metric: csat, teamId: \"t-a\", " + WEEK + ") { agent { id } } }";
        List<String> ranked = new ArrayList<>();
        post(MANAGER, board).path("data").path("leaderboard").forEach(e -> ranked.add(e.path("agent").path("id").asString()));
        assertThat(ranked).isNotEmpty().isSubsetOf("a-1", "a-2");
        assertThat(ids(MANAGER, "{ agents(teamId: \"t-b\") { id } }", "agents")).isEmpty();
        JsonNode teamAgents = post(MANAGER, "{ teams { agents { id } } }").path("data").path("teams");
        List<String> seen = new ArrayList<>();
        teamAgents.forEach(t -> t.path("agents").forEach(a -> seen.add(a.path("id").asString())));
        assertThat(seen).containsExactlyInAnyOrder("a-1", "a-2");
    }

    /** "row id:agent id" for each edge of a connection, "-" where the agent is null. */
    private List<String> assignees(Who who, String document, String field) throws Exception {
        JsonNode body = post(who, document);
        assertThat(body.path("errors").isMissingNode() || body.path("errors").isEmpty()).as(body.toString()).isTrue();
        List<String> pairs = new ArrayList<>();
        body.path("data").path(field).path("edges").forEach(e -> {
            JsonNode agent = e.path("node").path("assignee");
            pairs.add(e.path("node").path("id").asString() + ":" + (agent.isNull() ? "-" : agent.path("id").asString()));
        });
        return pairs;
    }

    @Test
    void aForbiddenFieldSaysSoAndNothingMore() throws Exception {
        JsonNode body = post(AGENT, "{ agent(id: \"a-3\") { name kpis(" + WEEK + ") { conversations } } }");
        assertThat(body.path("data").path("agent").isNull()).isTrue();
        JsonNode error = body.path("errors").get(0);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("FORBIDDEN");
        assertThat(error.path("message").asString()).isEqualTo("Forbidden: agent is not visible to you")
                .doesNotContain("a-3", "Cem", "t-b");
    }

    @Test
    void aRevokedTokenIsRefused(@Autowired ApiTokens tokens) throws Exception {
        ApiTokens.Created created = tokens.create("short-lived", Set.of(TokenScope.READ), "test");
        assertThat(send("Bearer " + created.secret(), "{ me { name } }").statusCode()).isEqualTo(200);
        tokens.revoke(created.token().tokenId());
        assertThat(send("Bearer " + created.secret(), "{ me { name } }").statusCode()).isEqualTo(401);
        assertThat(send("Bearer flt_made-up", "{ me { name } }").statusCode()).isEqualTo(401);
        assertThat(send(TestUsers.basic("admin", "wrong"), "{ me { name } }").statusCode()).isEqualTo(401);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void secretsNeverReachTheLog(CapturedOutput output) throws Exception {
        JsonNode created = post(ADMIN, "mutation { createApiToken(name: \"logged?\", scopes: [READ]) { ... on ApiTokenCreated { secret } } }");
        String secret = created.path("data").path("createApiToken").path("secret").asString();
        assertThat(secret).startsWith(ApiTokens.PREFIX);
        assertThat(send("Bearer " + secret, "{ me { name } }").statusCode()).isEqualTo(200);
        assertThat(send("Bearer " + secret + "x", "{ me { name } }").statusCode()).isEqualTo(401);
        assertThat(send(TestUsers.basic("admin", "not-the-password"), "{ me { name } }").statusCode()).isEqualTo(401);
        assertThat(output.getAll()).doesNotContain(secret, TestUsers.ADMIN_PASSWORD, "not-the-password");
    }

    private List<String> ids(Who who, String document, String field) throws Exception {
        List<String> ids = new ArrayList<>();
        post(who, document).path("data").path(field).forEach(n -> ids.add(n.path("id").asString()));
        return ids;
    }

    private JsonNode post(Who who, String document) throws Exception {
        return JSON.readTree(send(authorization.get(who), document).body());
    }

    private String run(Row row, Who who) throws Exception {
        if (row.operation().startsWith("Subscription.")) {
            return subscribe(row, who);
        }
        HttpResponse<String> response = row.operation().startsWith("POST /api/")
                ? sendImport(authorization.get(who), row.operation().substring("POST ".length()), row.document())
                : send(authorization.get(who), row.document());
        if (response.statusCode() == 401) {
            return "UNAUTHORIZED";
        }
        if (response.statusCode() == 403) {
            return "FORBIDDEN";
        }
        if (response.statusCode() != 200) {
            return "HTTP " + response.statusCode();
        }
        if (row.operation().startsWith("POST ")) {
            return "ALLOWED";
        }
        JsonNode errors = JSON.readTree(response.body()).path("errors");
        if (errors.isEmpty()) {
            return "ALLOWED";
        }
        for (JsonNode error : errors) {
            if (!"FORBIDDEN".equals(error.path("extensions").path("classification").asString())) {
                return "ERROR " + error;
            }
        }
        return "FORBIDDEN";
    }

    /** Over a WebSocket at /graphql, authenticated on the handshake: the first message's errors decide. */
    private String subscribe(Row row, Who who) {
        String auth = authorization.get(who);
        var tester = org.springframework.graphql.test.tester.WebSocketGraphQlTester
                .builder("ws://localhost:" + port + "/graphql",
                        new org.springframework.web.reactive.socket.client.StandardWebSocketClient())
                .headers(h -> {
                    if (auth != null) {
                        h.set("Authorization", auth);
                    }
                })
                .build();
        try {
            var first = tester.document(row.document()).executeSubscription().toFlux().blockFirst(
                    java.time.Duration.ofSeconds(10));
            if (first == null) {
                return "NO MESSAGE";
            }
            List<org.springframework.graphql.ResponseError> errors = new ArrayList<>();
            first.errors().satisfy(errors::addAll);
            if (errors.isEmpty()) {
                return "ALLOWED";
            }
            return errors.stream().allMatch(error -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
                    ? "FORBIDDEN" : "ERROR " + errors;
        } catch (org.springframework.graphql.client.SubscriptionErrorException e) {
            boolean forbidden = e.getErrors().stream().allMatch(error -> error.getErrorType() != null
                    && "FORBIDDEN".equals(error.getErrorType().toString()));
            return forbidden ? "FORBIDDEN" : "ERROR " + e.getErrors();
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause());
            return message.contains("401") ? "UNAUTHORIZED" : "ERROR " + message;
        } finally {
            tester.stop().block(java.time.Duration.ofSeconds(5));
        }
    }

    private HttpResponse<String> send(@Nullable String authorization, String document) throws Exception {
        String body = JSON.writeValueAsString(Map.of("query", document));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sendImport(@Nullable String authorization, String path, String ndjson) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(ndjson));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
