package app.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;

/** The importRecords mutation: typed inputs, same rules, errors as data. */
@WithMockUser(roles = "ADMIN")
class ImportGraphQlControllerTest extends IngestTestSupport {

    @Autowired
    ExecutionGraphQlService graphQlService;

    ExecutionGraphQlServiceTester graphQl;

    @BeforeEach
    void tester() {
        graphQl = ExecutionGraphQlServiceTester.create(graphQlService);
    }

    @Test
    void aGoodAndABadRecord() {
        Map<String, Object> input = Map.of("logins", List.of(
                Map.of("id", "l-1", "agentId", "a-1", "at", "2026-11-02T08:01:12Z"),
                Map.of("id", "l-2", "agentId", " ", "at", "2026-11-02T08:01:12Z")));

        var payload = graphQl.documentName("importRecords").variable("input", input).execute();

        payload.path("importRecords.__typename").entity(String.class).isEqualTo("ImportResult");
        payload.path("importRecords.accepted").entity(Integer.class).isEqualTo(1);
        payload.path("importRecords.inserted").entity(Integer.class).isEqualTo(1);
        payload.path("importRecords.rejected").entity(Integer.class).isEqualTo(1);
        payload.path("importRecords.errors").entityList(Map.class).containsExactly(Map.of(
                "field", "logins[1].agentId", "reason", "must not be empty"));
        assertThat(ids("logins")).containsExactly("l-1");
    }

    @Test
    void everyRecordRefusedIsARejectionPathedIntoTheInput() {
        Map<String, Object> input = Map.of(
                "teams", List.of(Map.of("id", "t-1", "name", "One", "slaFirstReplyMinutes", 0)),
                "orders", List.of(Map.of("id", "o-1", "status", "APPROVED", "createdAt", "2026-11-02T09:30:00Z",
                        "customerEmail", "bob@mail.example", "total", 10,
                        "refunds", List.of(Map.of("at", "2026-11-03T09:30:00Z", "amount", 1),
                                Map.of("at", "2026-11-03T09:30:00Z", "amount", 0)))));

        var payload = graphQl.documentName("importRecords").variable("input", input).execute();

        payload.path("importRecords.__typename").entity(String.class).isEqualTo("ImportRejected");
        payload.path("importRecords.errors").entityList(Map.class).containsExactly(
                Map.of("field", "teams[0].slaFirstReplyMinutes", "reason", "must be at least 1 (got 0)"),
                Map.of("field", "orders[0].refunds[1].amount", "reason", "must be greater than 0"));
        payload.path("importRecords.errorsOmitted").entity(Integer.class).isEqualTo(0);
        assertThat(ids("teams")).isEmpty();
        assertThat(ids("orders")).isEmpty();
    }

    @Test
    void anEmptyImportIsNoRefusal() {
        graphQl.documentName("importRecords").variable("input", Map.of("teams", List.of())).execute()
                .path("importRecords.__typename").entity(String.class).isEqualTo("ImportResult")
                .path("importRecords.accepted").entity(Integer.class).isEqualTo(0)
                .path("importRecords.errors").entityList(Map.class).hasSize(0);
    }

    @Test
    void typedInputsAreStoredInTheFormatsLayout() {
        var payload = graphQl.documentName("importTypedRecords").execute();

        payload.path("importRecords.accepted").entity(Integer.class).isEqualTo(6);
        payload.path("importRecords.rejected").entity(Integer.class).isEqualTo(1);
        payload.path("importRecords.errors[0].field").entity(String.class).isEqualTo("surveys[1].score");
        payload.path("importRecords.errors[0].reason").entity(String.class).isEqualTo("must be between 1 and 7 (got 9)");
        payload.path("importRecords.pending").entityList(Map.class).containsExactly(Map.of(
                "type", "agent", "index", 1, "id", "a-2", "field", "teamId", "missingId", "t-9"));

        assertThat(stored("conversations", "c-1")).containsEntry("channel", "chat").containsEntry("rating", "sad")
                .containsEntry("customerKey", "bob@mail.example")
                .containsEntry("firstReplyAt", StoredLayoutTest.date("2026-11-02T08:04:30Z"));
        assertThat(stored("conversations", "c-1").getList("offers", org.bson.Document.class).getFirst())
                .containsEntry("kind", "crossSell");
        assertThat(stored("surveys", "s-1")).containsEntry("kind", "nps").containsEntry("score", 10);
        assertThat(stored("orders", "o-1")).containsEntry("status", "approved")
                .containsEntry("total", new Decimal128(new BigDecimal("129.90")));
        assertThat(ids("surveys")).containsExactly("s-1");
    }
}
