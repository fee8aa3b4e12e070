package app.frontline.metric;

import app.frontline.FixtureStore;
import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.RecordImporter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * The todayKpis subscription over a real WebSocket at /graphql. Conversations are created at 00:00
 * UTC today (the store's zone is UTC), team t-live has a 10-minute SLA:
 * <pre>
 *  L0 replied after 5 min (300 s, on time)     → 1 conversation, 1 replied, 100 %, mean 300 s
 *  L1 replied after 20 min (1200 s, late)      → 2, 2, 50 %, mean (300 + 1200) / 2 = 750 s
 *  L2..L6, five imports of one unreplied each → 7, 2, 50 %, 750 s: one push for the five
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class LiveTodayGraphQlTest {

    @LocalServerPort
    int port;

    @Autowired
    FixtureStore fixtures;

    @Autowired
    RecordImporter importer;

    final String today = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant().toString();

    @BeforeEach
    void load() {
        fixtures.replaceWith();
        load("""
                {"type":"team","id":"t-live","name":"Live","slaFirstReplyMinutes":10}
                {"type":"conversation","id":"L0","teamId":"t-live","createdAt":"%s","firstReplyAt":"%s"}
                """.formatted(today, plus(300)));
    }

    @Test
    void anImportIsPushedAndABurstOfImportsIsOnePush() {
        WebSocketGraphQlTester graphQl = WebSocketGraphQlTester
                .builder("ws://localhost:" + port + "/graphql", new StandardWebSocketClient())
                .headers(h -> h.set("Authorization", app.frontline.TestUsers.adminBasic())).build();
        Flux<Map> pushes = graphQl.documentName("todayKpis").variable("teamId", "t-live")
                .executeSubscription().toFlux("todayKpis", Map.class);
        long[] burstStart = {0};
        StepVerifier.create(pushes)
                .assertNext(kpis -> check(kpis, 1, 1, 100.0, 300.0))
                .then(() -> load(conversation("L1", plus(1200))))
                .assertNext(kpis -> check(kpis, 2, 2, 50.0, 750.0))
                .then(() -> {
                    burstStart[0] = System.nanoTime();
                    for (int i = 2; i <= 6; i++) {
                        load(conversation("L" + i, null));
                    }
                    assertBurstWithinASecond(burstStart[0]);
                })
                .assertNext(kpis -> check(kpis, 7, 2, 50.0, 750.0))
                .expectNoEvent(Duration.ofMillis(1500))
                .thenCancel()
                .verify(Duration.ofSeconds(30));
        graphQl.stop().block(Duration.ofSeconds(5));
    }

    @SuppressWarnings("rawtypes")
    private static void check(Map kpis, int conversations, int replied, double onTime, double meanFrt) {
        org.assertj.core.api.Assertions.assertThat(kpis.get("conversations")).isEqualTo(conversations);
        org.assertj.core.api.Assertions.assertThat(kpis.get("replied")).isEqualTo(replied);
        org.assertj.core.api.Assertions.assertThat(((Number) kpis.get("onTimeRate")).doubleValue()).isEqualTo(onTime);
        org.assertj.core.api.Assertions.assertThat(((Number) ((Map) kpis.get("firstResponseTime")).get("mean"))
                .doubleValue()).isEqualTo(meanFrt);
        org.assertj.core.api.Assertions.assertThat(((Map) kpis.get("period")).get("from"))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    }

    /** The coalescing claim needs the five imports inside one window; say so if the machine was too slow. */
    private static void assertBurstWithinASecond(long startNanos) {
        org.assertj.core.api.Assertions.assertThat(Duration.ofNanos(System.nanoTime() - startNanos))
                .as("five small imports took longer than the 1 s window").isLessThan(Duration.ofSeconds(1));
    }

    private String plus(int seconds) {
        return Instant.parse(today).plusSeconds(seconds).toString();
    }

    private String conversation(String id, String repliedAt) {
        return repliedAt == null
                ? "{\"type\":\"conversation\",\"id\":\"%s\",\"teamId\":\"t-live\",\"createdAt\":\"%s\"}".formatted(id, today)
                : "{\"type\":\"conversation\",\"id\":\"%s\",\"teamId\":\"t-live\",\"createdAt\":\"%s\",\"firstReplyAt\":\"%s\"}"
                        .formatted(id, today, repliedAt);
    }

    private void load(String ndjson) {
        importer.importNdjson(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
    }
}
