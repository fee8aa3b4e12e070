package app.frontline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 22);
    static final DemoOptions DEFAULTS = DemoOptions.defaults(LAST_DAY);

    static NdjsonChecker checked;
    static DemoSummary summary;

    /** One run of half the default size (quicker to check), read back once by the checker. */
    @BeforeAll
    static void generateDefaults() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary = new DemoDataGenerator(DEFAULTS.withSize(20_000)).generate(out);
        checked = new NdjsonChecker(LAST_DAY, DEFAULTS.storeZone());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8))) {
            in.lines().forEach(checked::accept);
        }
    }

    @Test
    void defaultsAreAMidSizedStoreOverFourMonths() {
        assertThat(DEFAULTS.conversations()).isEqualTo(40_000);
        assertThat(DEFAULTS.orders()).isEqualTo(40_000);
        assertThat(DEFAULTS.seed()).isEqualTo(42);
        assertThat(DEFAULTS.days()).isEqualTo(120);
        assertThat(DEFAULTS.withSize(1_000).orders()).isEqualTo(1_000);
    }

    @Test
    void sameOptionsGiveIdenticalBytesAndAnotherSeedDoesNot() throws IOException {
        DemoOptions small = DEFAULTS.withSize(3_000).withDays(60);
        String first = sha256(small);
        assertThat(sha256(small)).isEqualTo(first);
        assertThat(sha256(small.withSeed(7))).isNotEqualTo(first);
        StringWriter writer = new StringWriter();
        new DemoDataGenerator(small).generate(writer);
        assertThat(hash(writer.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo(first);
    }

    @Test
    void everyLineIsAValidRecord() {
        assertThat(checked.errors).isEmpty();
        assertThat(checked.types).containsOnlyKeys("team", "agent", "login", "conversation", "survey", "order");
        assertThat(summary.total()).isEqualTo(checked.types.values().stream().mapToInt(Integer::intValue).sum());
        assertThat(summary.conversations()).isEqualTo(checked.count("conversation"));
        assertThat(summary.orders()).isEqualTo(checked.count("order"));
    }

    @Test
    void directoryHasTeamsInSeveralZonesAndAboutFortyAgents() {
        assertThat(checked.teamZones).hasSizeGreaterThanOrEqualTo(4);
        assertThat(checked.teamZones.values()).contains("Asia/Kolkata")
            .hasSizeGreaterThanOrEqualTo(2);
        assertThat(checked.teamZones.values().stream().distinct().count()).isGreaterThanOrEqualTo(2);
        assertThat(checked.agents).hasSizeBetween(35, 45);
        assertThat(checked.inactiveAgents).isBetween(1, 4);
        assertThat(checked.count("login")).isGreaterThan(checked.agents.size() * 60);
    }

    @Test
    void conversationsCoverEveryChannelWithRealisticOutcomes() {
        int conversations = checked.count("conversation");
        assertThat(conversations).isBetween(19_000, 21_000);
        assertThat(checked.channels).containsExactlyInAnyOrder("email", "chat", "phone", "social", "messaging");
        assertThat(share(checked.replied, conversations)).isBetween(80.0, 97.0);
        assertThat(share(checked.unassigned, conversations)).isBetween(3.0, 20.0);
        assertThat(share(checked.rated, conversations)).isBetween(15.0, 50.0);
        assertThat(share(checked.withOffers, conversations)).isBetween(10.0, 30.0);
        assertThat(checked.tags).contains("shipping", "refund-request", "product-question", "order-status",
            "returns", "payment");
    }

    @Test
    void weekendsAreQuieterAndTheSurgeWeekStandsOut() {
        assertThat(checked.weekendMean()).isLessThan(checked.weekdayMean() * 0.8);
        assertThat(checked.busiestWeekRatio()).isGreaterThanOrEqualTo(2.0);
    }

    @Test
    void everySurveyKindIsPresentAndTiedToEarlierConversations() {
        assertThat(checked.surveyKinds).containsExactlyInAnyOrder("csat", "ces", "nps", "cx");
        assertThat(checked.count("survey")).isGreaterThan(checked.count("conversation") / 10);
        assertThat(share(checked.backwardReferences, checked.references)).isGreaterThan(95.0);
    }

    @Test
    void ordersHaveAgentsConversationsRepeatBuyersAndAftermath() {
        int orders = checked.count("order");
        assertThat(orders).isBetween(19_000, 21_000);
        assertThat(share(checked.approved, orders)).isBetween(85.0, 97.0);
        assertThat(checked.declined).isPositive();
        assertThat(share(checked.agentCreated, checked.approved)).isBetween(20.0, 40.0);
        assertThat(share(checked.connected, checked.approved)).isBetween(8.0, 30.0);
        long repeat = checked.approvedByCustomer.values().stream().filter(n -> n > 1).count();
        assertThat(share(repeat, checked.approvedByCustomer.size())).isBetween(25.0, 45.0);
        assertThat(share(checked.refunds, checked.approved)).isBetween(3.0, 12.0);
        assertThat(checked.returns).isGreaterThan(orders / 100);
        assertThat(checked.chargebacks).isBetween(orders / 2000, orders / 100);
        assertThat(checked.cancels).isBetween(orders / 500, orders / 20);
        assertThat(checked.reprocesses).isPositive();
        assertThat(checked.moneyAsNumber).isPositive();
        assertThat(checked.offsetTimes).isPositive();
    }

    @Test
    void generatingTwoHundredThousandConversationsHoldsNoRecords() throws IOException {
        DemoOptions big = DEFAULTS.withSize(200_000).withOrders(20_000); // conversations are the bulk
        CountingStream out = new CountingStream();
        long[] peak = {0};
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        DemoSummary big200k = new DemoDataGenerator(big).generate(out, (percent, soFar) -> {
            if (percent % 30 == 0) {
                System.gc();
                peak[0] = Math.max(peak[0], runtime.totalMemory() - runtime.freeMemory());
            }
        });
        assertThat(big200k.conversations()).isBetween(190_000L, 200_000L);
        assertThat(big200k.orders()).isEqualTo(20_000);
        // holding the records would retain at least their size in text; streaming retains a day
        assertThat(peak[0] - before).isLessThan(out.bytes / 5);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static String sha256(DemoOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DemoDataGenerator(options).generate(out);
        return hash(out.toByteArray());
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Discards what it is given and counts the bytes. */
    static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
