package app.frontline.drilldown;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.FixtureStore;
import app.frontline.MongoCommandCounter;
import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.RecordImporter;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The drill-down lists through the real /graphql endpoint on src/test/resources/fixtures/drilldown.ndjson,
 * the week Mon 2 – Sun 8 Nov 2026 (UTC unless a test says otherwise: [2 Nov 00:00Z, 9 Nov 00:00Z)).
 * Every expected list is worked out by hand from metrics.md:
 *
 * <pre>
 * teams t1 (SLA 60 min: a1, a2), t2 (SLA 30 min: a3)
 * conversations (created, team, assignee, first reply after, rating, other):
 *   c0 1 Nov 23:30Z t1 a1                          (outside UTC; inside Europe/Amsterdam: 2 Nov 00:30 local)
 *   c1 2 Nov 00:00Z t1 a1 +30 on time  happy  archived, tag shipping, approved order o1   (exactly the start)
 *   c2 3 Nov 10:00Z t1 a1 +90 late     sad    resolved
 *   c3 4 Nov 10:00Z t2 a3 +45 late(30) sad    approved order o3
 *   c4 7 Nov 10:00Z t2 a3 +20 on time  neutral resolved, archived            (same time as c6)
 *   c5 6 Nov 10:00Z t1 –  unreplied    happy  tag shipping, declined order o7 only
 *   c6 7 Nov 10:00Z –  –  +50 on time (no team: 60) sad
 *   c7 8 Nov 23:30Z t1 a2 +70 late            (UTC: in; Amsterdam: 9 Nov 00:30 local, out)
 *   c8 9 Nov 00:00Z t1 a1                      (exactly the end: out)
 *   newest first (ties by id desc): c7 c6 c4 c5 c3 c2 c1
 * orders (created, status, creator, events):
 *   o0 1 Oct approved a3, bob; refund 2 Nov 09:00 by a3
 *   o1 2 Nov 01:00 approved a1, ann (first); refunds 3 Nov by a1, 5 Nov by a2; rma return 6 Nov by a2
 *   o2 3 Nov 12:00 approved a1, " Ann@X" = ann (existing); cancelled 4 Nov by a1
 *   o3 4 Nov 11:00 approved a3, bob (existing: o0); chargeback 7 Nov
 *   o4 5 Nov 08:00 approved no agent, cara (first: o7 is declined); reprocessed 6 Nov by a2
 *   o5 6 Nov 09:00 declined a1;  o7 6 Nov 12:00 declined, no agent;  o6 9 Nov 00:00 (exactly the end: out)
 *   o8 8 Nov 20:00 approved a3, dan (first: o5 declined); non-RMA return 8 Nov 21:00 by a3
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@Import(MongoCommandCounter.Config.class)
class DrilldownGraphQlTest {

    private static final Map<String, Object> WEEK = Map.of("from", "2026-11-02", "to", "2026-11-08", "timeZone", "UTC");

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    FixtureStore fixtures;

    @Autowired
    RecordImporter importer;

    @Autowired
    MongoCommandCounter commands;

    @BeforeEach
    void load() {
        fixtures.replaceWith("drilldown.ndjson");
    }

    @Test
    void conversationsOfTheWeekNewestFirstWithStartIncludedAndEndExcluded() {
        GraphQlTester.Response response = conversations(Map.of());
        assertThat(ids(response, "conversations")).containsExactly("c7", "c6", "c4", "c5", "c3", "c2", "c1");
        response.path("conversations.totalCount").entity(Integer.class).isEqualTo(7)
                .path("conversations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void conversationFiltersForStoreTeamAndAgent() {
        assertThat(conversationIds(null, null, Map.of("rated", "SAD"))).containsExactly("c6", "c3", "c2");
        assertThat(conversationIds("t1", null, Map.of("rated", "SAD"))).containsExactly("c2");
        assertThat(conversationIds(null, "a3", Map.of("rated", "SAD"))).containsExactly("c3");
        assertThat(conversationIds(null, null, Map.of("replied", true)))
                .containsExactly("c7", "c6", "c4", "c3", "c2", "c1");
        assertThat(conversationIds(null, null, Map.of("replied", false))).containsExactly("c5");
        assertThat(conversationIds(null, null, Map.of("onTime", true))).containsExactly("c6", "c4", "c1");
        assertThat(conversationIds(null, null, Map.of("onTime", false))).containsExactly("c7", "c3", "c2");
        assertThat(conversationIds("t2", null, Map.of("onTime", true))).containsExactly("c4");
        assertThat(conversationIds("t1", null, Map.of("onTime", false))).containsExactly("c7", "c2");
        assertThat(conversationIds(null, null, Map.of("resolved", true))).containsExactly("c4", "c2");
        assertThat(conversationIds(null, null, Map.of("archived", true))).containsExactly("c4", "c1");
        assertThat(conversationIds(null, null, Map.of("tag", "shipping"))).containsExactly("c5", "c1");
        // o7 is declined, o2 names c8 (outside the week)
        assertThat(conversationIds(null, null, Map.of("hasOrder", true))).containsExactly("c3", "c1");
        assertThat(conversationIds(null, null, Map.of("hasOrder", false))).containsExactly("c7", "c6", "c4", "c5", "c2");
        assertThat(conversationIds("t1", "a1", Map.of("hasOrder", true, "rated", "HAPPY"))).containsExactly("c1");
        assertThat(conversationIds("t1", null, Map.of())).containsExactly("c7", "c5", "c2", "c1");
        assertThat(conversationIds(null, "a1", Map.of())).containsExactly("c2", "c1");
        assertThat(ids(conversations(Map.of("channel", "CHAT")), "conversations")).containsExactly("c6", "c4", "c1");
    }

    @Test
    void aTimeZoneMovesTheWeeksEdges() {
        // Amsterdam is UTC+1 in November: the week is [1 Nov 23:00Z, 8 Nov 23:00Z)
        Map<String, Object> amsterdam = Map.of("from", "2026-11-02", "to", "2026-11-08", "timeZone", "Europe/Amsterdam");
        GraphQlTester.Response response = graphQl.documentName("drillConversations").variable("period", amsterdam)
                .variable("teamId", "t1").execute();
        assertThat(ids(response, "conversations")).containsExactly("c5", "c2", "c1", "c0");
    }

    @Test
    void threePagesOfTwoListEveryIdOnceAcrossATieAndInserts() {
        Map<String, Object> replied = Map.of("replied", true);
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int page = 1; page <= 3; page++) {
            Map<String, Object> vars = new LinkedHashMap<>(Map.of("filter", replied, "first", 2));
            if (after != null) {
                vars.put("after", after);
            }
            GraphQlTester.Response response = conversations(vars);
            seen.addAll(ids(response, "conversations"));
            // c9 arrives after the first page: counted from then on, but listed before the cursor
            response.path("conversations.totalCount").entity(Integer.class).isEqualTo(page == 1 ? 6 : 7)
                    .path("conversations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(page < 3);
            after = response.path("conversations.pageInfo.endCursor").entity(String.class).get();
            if (page == 1) {
                // a conversation newer than the page just read must not shift the next pages
                load("{\"type\":\"conversation\",\"id\":\"c9\",\"createdAt\":\"2026-11-08T12:00:00Z\","
                        + "\"firstReplyAt\":\"2026-11-08T12:01:00Z\"}");
            }
        }
        // c6 and c4 share a time: the cursor after c6 continues with c4 (ties by id, descending)
        assertThat(seen).containsExactly("c7", "c6", "c4", "c3", "c2", "c1");
    }

    @Test
    void ordersByCreationStatusAndScope() {
        assertThat(orderIds(null, null, Map.of())).containsExactly("o8", "o7", "o5", "o4", "o3", "o2", "o1");
        assertThat(orderIds(null, null, Map.of("status", "APPROVED"))).containsExactly("o8", "o4", "o3", "o2", "o1");
        assertThat(orderIds(null, null, Map.of("status", "DECLINED"))).containsExactly("o7", "o5");
        assertThat(orderIds("t1", null, Map.of())).containsExactly("o5", "o2", "o1");
        assertThat(orderIds("t2", null, Map.of())).containsExactly("o8", "o3");
        assertThat(orderIds(null, "a1", Map.of("status", "APPROVED"))).containsExactly("o2", "o1");
        assertThat(orderIds(null, null, Map.of("newCustomer", true))).containsExactly("o8", "o4", "o1");
        assertThat(orderIds(null, null, Map.of("newCustomer", false))).containsExactly("o3", "o2");
        assertThat(orderIds("t1", null, Map.of("newCustomer", true))).containsExactly("o1");
        assertThat(orderIds(null, null, Map.of("refunded", false))).containsExactly("o8", "o7", "o5", "o4", "o3", "o2");
    }

    @Test
    void orderEventsByTheirOwnTimeAndAgent() {
        GraphQlTester.Response refunds = orders(null, null, Map.of("refunded", true));
        // one edge per refund event: refundCount is 3
        assertThat(ids(refunds, "orders")).containsExactly("o1", "o1", "o0");
        assertThat(refunds.path("orders.edges[*].attributedAgentId").entityList(String.class).get())
                .containsExactly("a2", "a1", "a3");
        assertThat(refunds.path("orders.edges[*].at").entityList(String.class).get())
                .containsExactly("2026-11-05T10:00:00.000Z", "2026-11-03T10:00:00.000Z", "2026-11-02T09:00:00.000Z");
        refunds.path("orders.totalCount").entity(Integer.class).isEqualTo(3);
        assertThat(orderIds("t1", null, Map.of("refunded", true))).containsExactly("o1", "o1");
        assertThat(orderIds(null, "a1", Map.of("refunded", true))).containsExactly("o1");
        assertThat(orderIds("t2", null, Map.of("refunded", true))).containsExactly("o0");
        assertThat(orderIds(null, null, Map.of("returned", true))).containsExactly("o8", "o1");
        assertThat(orderIds(null, null, Map.of("rma", true))).containsExactly("o1");
        assertThat(orderIds(null, null, Map.of("returned", true, "rma", false))).containsExactly("o8");
        assertThat(orderIds("t1", null, Map.of("rma", true))).containsExactly("o1");
        assertThat(orderIds("t2", null, Map.of("rma", true))).isEmpty();
        assertThat(orderIds(null, null, Map.of("chargeback", true))).containsExactly("o3");
        assertThat(orderIds("t2", null, Map.of("chargeback", true))).containsExactly("o3");
        assertThat(orderIds("t1", null, Map.of("chargeback", true))).isEmpty();
        assertThat(orderIds(null, null, Map.of("cancelled", true))).containsExactly("o2");
        assertThat(orderIds(null, "a1", Map.of("cancelled", true))).containsExactly("o2");
        // created by no one, reprocessed by a2: counts for a2 and t1
        assertThat(orderIds(null, null, Map.of("reprocessed", true))).containsExactly("o4");
        assertThat(orderIds("t1", null, Map.of("reprocessed", true))).containsExactly("o4");
        assertThat(orderIds(null, "a2", Map.of("reprocessed", true))).containsExactly("o4");
    }

    @Test
    void refundEventsPageOneByOne() {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> vars = new LinkedHashMap<>(Map.of("filter", Map.of("refunded", true), "first", 1));
            if (after != null) {
                vars.put("after", after);
            }
            GraphQlTester.Response response = graphQl.documentName("drillOrders").variable("period", WEEK)
                    .variables(vars).execute();
            seen.addAll(response.path("orders.edges[*].attributedAgentId").entityList(String.class).get());
            after = response.path("orders.pageInfo.hasNextPage").entity(Boolean.class).get()
                    ? response.path("orders.pageInfo.endCursor").entity(String.class).get() : null;
        } while (after != null);
        assertThat(seen).containsExactly("a2", "a1", "a3");
    }

    @Test
    void nodesCarryTheirFields() {
        graphQl.documentName("drillConversationPage").variable("period", WEEK).variable("first", 7).execute()
                .path("conversations.edges[6].node.id").entity(String.class).isEqualTo("c1")
                .path("conversations.edges[6].node.channel").entity(String.class).isEqualTo("CHAT")
                .path("conversations.edges[6].node.rating").entity(String.class).isEqualTo("HAPPY")
                .path("conversations.edges[6].node.firstResponseSeconds").entity(Double.class).isEqualTo(1800.0)
                .path("conversations.edges[6].node.offers[1].kind").entity(String.class).isEqualTo("CROSS_SELL")
                .path("conversations.edges[6].node.team.name").entity(String.class).isEqualTo("North")
                .path("conversations.edges[6].node.assignee.id").entity(String.class).isEqualTo("a1")
                .path("conversations.edges[6].node.orders[0].id").entity(String.class).isEqualTo("o1")
                .path("conversations.edges[6].node.orders[0].total").entity(BigDecimal.class)
                .satisfies(total -> assertThat(total).isEqualByComparingTo("100.00"))
                .path("conversations.edges[1].node.id").entity(String.class).isEqualTo("c6")
                .path("conversations.edges[1].node.team").valueIsNull()
                .path("conversations.edges[1].node.orders").entityList(Object.class).hasSize(0);
        graphQl.documentName("drillOrderDetails").variable("period", WEEK).variable("filter", Map.of("rma", true))
                .execute()
                .path("orders.edges[0].node.id").entity(String.class).isEqualTo("o1")
                .path("orders.edges[0].node.refunds[1].amount").entity(BigDecimal.class)
                .satisfies(amount -> assertThat(amount).isEqualByComparingTo("10.00"))
                .path("orders.edges[0].node.returns[0].rma").entity(Boolean.class).isEqualTo(true)
                .path("orders.edges[0].node.createdBy.id").entity(String.class).isEqualTo("a1")
                .path("orders.edges[0].node.conversation.rating").entity(String.class).isEqualTo("HAPPY");
    }

    @Test
    void teamAndAgentImplyTheScope() {
        graphQl.documentName("drillTeamAndAgent").variable("period", WEEK).variable("teamId", "t1")
                .variable("agentId", "a3").variable("filter", Map.of("rated", "SAD"))
                .variable("orderFilter", Map.of("status", "APPROVED")).execute()
                .path("team.conversations.edges[*].node.id").entityList(String.class).containsExactly("c2")
                .path("team.orders.edges[*].node.id").entityList(String.class).containsExactly("o2", "o1")
                .path("agent.conversations.totalCount").entity(Integer.class).isEqualTo(1)
                .path("agent.orders.edges[*].node.id").entityList(String.class).containsExactly("o8", "o3");
    }

    @Test
    void aPageCostsTheSameCommandsWhateverItsSize() {
        StringBuilder lines = new StringBuilder();
        for (int i = 10; i < 40; i++) {
            String team = i % 2 == 0 ? "t1" : "t2";
            String agent = i % 3 == 0 ? "a1" : i % 3 == 1 ? "a2" : "a3";
            lines.append("{\"type\":\"conversation\",\"id\":\"n").append(i).append("\",\"teamId\":\"").append(team)
                    .append("\",\"assigneeAgentId\":\"").append(agent).append("\",\"createdAt\":\"2026-11-05T10:")
                    .append(i - 10 < 10 ? "0" : "").append(i - 10).append(":00Z\"}\n");
            lines.append("{\"type\":\"order\",\"id\":\"on").append(i).append("\",\"status\":\"approved\",")
                    .append("\"createdAt\":\"2026-11-05T23:00:00Z\",\"customerEmail\":\"n@x.example\",\"total\":\"1\",")
                    .append("\"createdByAgentId\":\"").append(agent).append("\",\"conversationId\":\"n").append(i)
                    .append("\"}\n");
        }
        load(lines.toString());
        List<List<String>> costs = new ArrayList<>();
        for (int first : new int[] {5, 25}) {
            commands.reset();
            graphQl.documentName("drillConversationPage").variable("period", WEEK).variable("first", first).execute()
                    .path("conversations.edges").entityList(Object.class).hasSize(first);
            costs.add(commands.commands().stream().sorted().toList());
        }
        // conversations, then one batch each: teams, assignees, orders, and the orders' creators
        assertThat(costs.get(1)).isEqualTo(costs.get(0))
                .containsExactly("find agents", "find agents", "find conversations", "find orders", "find teams");
    }

    @Test
    void clientMistakesAreBadRequests() {
        expectBadRequest(Map.of("first", 101), "first: 101");
        expectBadRequest(Map.of("after", "not-a-cursor"), "after: 'not-a-cursor'");
        graphQl.documentName("drillConversations")
                .variable("period", Map.of("from", "2026-11-02", "to", "2026-11-08", "timeZone", "Mars/Olympus"))
                .execute().errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.getFirst().getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(errors.getFirst().getMessage()).contains("Mars/Olympus");
                });
        graphQl.documentName("drillOrders").variable("period", WEEK)
                .variable("filter", Map.of("refunded", true, "chargeback", true)).execute().errors()
                .satisfy(errors -> {
                    assertThat(errors.getFirst().getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(errors.getFirst().getMessage()).contains("at most one");
                });
    }

    private void expectBadRequest(Map<String, Object> vars, String message) {
        graphQl.documentName("drillConversations").variable("period", WEEK).variables(vars).execute().errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.getFirst().getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(errors.getFirst().getMessage()).contains(message);
                });
    }

    private List<String> conversationIds(String teamId, String agentId, Map<String, Object> filter) {
        Map<String, Object> vars = new LinkedHashMap<>(Map.of("filter", filter));
        if (teamId != null) {
            vars.put("teamId", teamId);
        }
        if (agentId != null) {
            vars.put("agentId", agentId);
        }
        GraphQlTester.Response response = conversations(vars);
        List<String> ids = ids(response, "conversations");
        response.path("conversations.totalCount").entity(Integer.class).isEqualTo(ids.size());
        return ids;
    }

    private List<String> orderIds(String teamId, String agentId, Map<String, Object> filter) {
        GraphQlTester.Response response = orders(teamId, agentId, filter);
        List<String> ids = ids(response, "orders");
        response.path("orders.totalCount").entity(Integer.class).isEqualTo(ids.size());
        return ids;
    }

    private GraphQlTester.Response conversations(Map<String, Object> vars) {
        return graphQl.documentName("drillConversations").variable("period", WEEK).variables(vars).execute();
    }

    private GraphQlTester.Response orders(String teamId, String agentId, Map<String, Object> filter) {
        Map<String, Object> vars = new LinkedHashMap<>(Map.of("filter", filter));
        if (teamId != null) {
            vars.put("teamId", teamId);
        }
        if (agentId != null) {
            vars.put("agentId", agentId);
        }
        return graphQl.documentName("drillOrders").variable("period", WEEK).variables(vars).execute();
    }

    private static List<String> ids(GraphQlTester.Response response, String list) {
        return response.path(list + ".edges[*].node.id").entityList(String.class).get();
    }

    private void load(String ndjson) {
        var summary = importer.importNdjson(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)),
                ImportProgress.NONE);
        assertThat(summary.rejected()).isZero();
    }
}
