package app.frontline.metric;

import app.frontline.ingest.StoredRecordsListener;
import app.frontline.metric.Facts.ConnectedOrder;
import app.frontline.metric.Facts.Conversation;
import app.frontline.metric.Facts.CreatedOrder;
import app.frontline.metric.Facts.Directory;
import app.frontline.metric.Facts.Login;
import app.frontline.metric.Facts.OrderAction;
import app.frontline.metric.Facts.Survey;
import app.frontline.metric.FactMapping.OrderFacts;
import app.frontline.metric.FactMapping.SurveyAnswer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongPredicate;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The store's facts in memory, partitioned by UTC hour and kept current by every import, with
 * hourly rollups of the additive measures beside them.
 *
 * <p>Each hour holds the facts whose own time falls in it (an order's creation, each refund,
 * return, chargeback, reprocess and cancel, a login, a conversation's start, a survey answer) and,
 * per attribution key, the sums of the additive measures over those facts: counts, money sums and
 * duration sums. A request reads the rollup of every hour that lies wholly inside one of its
 * buckets and the facts of the hours that straddle a bucket's edge (a zone with a half-hour offset,
 * a period starting mid-hour), so its answers equal the raw computation in every zone. Measures a
 * sum cannot answer (percentiles, distinct customers, new versus existing customers, on time
 * against a team's current SLA, agent-days) are computed from the hour's facts: the fast path for
 * non-additive measures, still in memory, still touching only the hours of the period.
 *
 * <p>An upserted record first takes its earlier version's contribution out (facts and sums), then
 * adds its own; a conversation that changes team, agent or channel moves its surveys' sums along,
 * and a survey stored before its conversation is attributed as soon as the conversation arrives.
 * The index is built from the store at start-up and on {@link Rollups#rebuild}; imports that land
 * while it builds are queued and applied after the scan, so none is lost.
 */
@Component
class FactIndex implements StoredRecordsListener {

    static final long HOUR = 3_600_000L;

    private static final Logger log = LoggerFactory.getLogger(FactIndex.class);
    private static final List<String> COLLECTIONS = List.of("conversations", "surveys", "orders", "logins");

    // conversation rollup slots
    static final int CONVERSATIONS = 0, REPLIED = 1, ARCHIVED = 2, HAPPY = 3, NEUTRAL = 4, SAD = 5, UPSELL_MADE = 6,
            UPSELL_ACCEPTED = 7, CROSS_MADE = 8, CROSS_ACCEPTED = 9, FRT_N = 10, FRT_SUM = 11, RES_N = 12,
            RES_SUM = 13, HANDLE_N = 14, HANDLE_SUM = 15, CONVERSATION_SLOTS = 16;
    // survey rollup slots
    static final int CSAT_N = 0, CSAT_OK = 1, CES_N = 2, CES_SUM = 3, NPS_N = 4, PROMOTERS = 5, DETRACTORS = 6,
            CX_N = 7, CX_SUM = 8, SURVEY_SLOTS = 9;
    // order rollup slots (counts), then money
    static final int ORDERS = 0, CSR_ORDERS = 1, REFUNDS = 2, RETURNS = 3, RMAS = 4, CHARGEBACKS = 5,
            REPROCESSES = 6, CANCELS = 7, LOGINS = 8, ORDER_SLOTS = 9;
    static final int REVENUE = 0, COGS = 1, REBILL = 2, RETRY = 3, REFUNDED = 4, CHARGEBACK_LOST = 5, MONEY_SLOTS = 6;

    /** Who a conversation, or a survey through its conversation, counts for. */
    record Key(@Nullable String team, @Nullable String agent, @Nullable String channel) {
        static final Key NONE = new Key(null, null, null);

        static Key of(@Nullable Conversation c) {
            return c == null ? NONE : new Key(c.team(), c.agent(), c.channel());
        }
    }

    /** The additive sums of orders created, order actions and logins of one agent (or none) in one hour. */
    static final class OrderCell {
        final long[] counts = new long[ORDER_SLOTS];
        final BigDecimal[] money = new BigDecimal[MONEY_SLOTS];

        OrderCell() {
            Arrays.fill(money, BigDecimal.ZERO);
        }

        void add(int slot, BigDecimal amount, int sign) {
            money[slot] = sign > 0 ? money[slot].add(amount) : money[slot].subtract(amount);
        }
    }

    /** One UTC hour: its facts and its rollups. */
    static final class Hour {
        final long start;
        final List<CreatedOrder> created = new ArrayList<>(0);
        final List<OrderAction> actions = new ArrayList<>(0);
        final List<Login> logins = new ArrayList<>(0);
        final List<Conversation> conversations = new ArrayList<>(0);
        final List<SurveyAnswer> surveys = new ArrayList<>(0);
        final Map<@Nullable String, OrderCell> orderCells = new HashMap<>(4);
        final Map<Key, long[]> conversationCells = new HashMap<>(4);
        final Map<Key, long[]> surveyCells = new HashMap<>(4);
        // the same sums over every key: what a store-wide request reads
        final OrderCell orderTotal = new OrderCell();
        final long[] conversationTotal = new long[CONVERSATION_SLOTS];
        final long[] surveyTotal = new long[SURVEY_SLOTS];

        Hour(long start) {
            this.start = start;
        }
    }

    /** Where the rollups of the hours a request reads whole go. */
    interface CellSink {
        void order(Hour hour, @Nullable String agent, OrderCell cell);

        void conversation(Hour hour, Key key, long[] sums);

        void survey(Hour hour, Key key, long[] sums);
    }

    enum State { EMPTY, BUILDING, READY }

    private final MongoTemplate mongo;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Long, Hour> hours = new HashMap<>();
    private final Map<String, Conversation> conversations = new HashMap<>();
    private final Map<String, OrderFacts> orders = new HashMap<>();
    private final Map<String, SurveyAnswer> surveys = new HashMap<>();
    private final Map<String, Login> logins = new HashMap<>();
    private final Map<String, List<SurveyAnswer>> surveysOf = new HashMap<>();
    private final Map<String, List<ConnectedOrder>> connectedOf = new HashMap<>();
    private final Map<String, long[]> customerHistory = new HashMap<>();
    private final Map<String, String> customerKeys = new HashMap<>();
    private final List<Map.Entry<String, List<Document>>> queued = new ArrayList<>();
    private volatile State state = State.EMPTY;
    private volatile long done;
    private volatile long total;
    private volatile @Nullable Instant builtAt;
    private volatile @Nullable Duration took;

    FactIndex(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    boolean ready() {
        return state == State.READY;
    }

    Rollups.Status status() {
        return new Rollups.Status(state.name(), done, total, builtAt, took == null ? null : took.toMillis());
    }

    // ---------------------------------------------------------------- maintenance

    @Override
    public void stored(String collection, List<Document> documents) {
        if (!COLLECTIONS.contains(collection)) {
            return;
        }
        lock.writeLock().lock();
        try {
            if (state == State.BUILDING) {
                queued.add(Map.entry(collection, documents));
            } else if (state == State.READY) {
                // before the first build nothing is kept: the build reads these from the store
                documents.forEach(d -> apply(collection, d));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Reads every record of the store again; imports meanwhile are queued and applied after the
     * scan. One rebuild at a time; queries use the raw path until it is done.
     */
    synchronized void rebuild() {
        long began = System.nanoTime();
        lock.writeLock().lock();
        try {
            state = State.BUILDING;
            clear();
            done = 0;
            total = COLLECTIONS.stream().mapToLong(c -> mongo.getCollection(c).estimatedDocumentCount()).sum();
        } finally {
            lock.writeLock().unlock();
        }
        log.info("Rollups: building from {} records", String.format("%,d", total));
        long nextReport = 100_000;
        List<Document> chunk = new ArrayList<>(5_000);
        for (String collection : COLLECTIONS) {
            for (Document d : mongo.getCollection(collection).find().batchSize(5_000)) {
                chunk.add(d);
                if (chunk.size() == 5_000) {
                    applyChunk(collection, chunk);
                }
                if (done + chunk.size() >= nextReport) {
                    log.info("Rollups: {} of {} records", String.format("%,d", done + chunk.size()),
                            String.format("%,d", total));
                    nextReport += 100_000;
                }
            }
            applyChunk(collection, chunk);
        }
        lock.writeLock().lock();
        try {
            queued.forEach(e -> e.getValue().forEach(d -> apply(e.getKey(), d)));
            queued.clear();
            state = State.READY;
            builtAt = Instant.now();
            took = Duration.ofNanos(System.nanoTime() - began);
        } finally {
            lock.writeLock().unlock();
        }
        log.info("Rollups: ready, {} records in {} ms", String.format("%,d", done), took.toMillis());
    }

    private void applyChunk(String collection, List<Document> chunk) {
        lock.writeLock().lock();
        try {
            chunk.forEach(d -> apply(collection, d));
            done += chunk.size();
        } finally {
            lock.writeLock().unlock();
        }
        chunk.clear();
    }

    /** Drops everything (queries fall back to the raw path until the next build): for the benchmark's heap figure. */
    void release() {
        lock.writeLock().lock();
        try {
            clear();
            state = State.EMPTY;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void clear() {
        hours.clear();
        conversations.clear();
        orders.clear();
        surveys.clear();
        logins.clear();
        surveysOf.clear();
        connectedOf.clear();
        customerHistory.clear();
        customerKeys.clear();
        queued.clear();
    }

    private void apply(String collection, Document document) {
        String id = String.valueOf(document.get("_id"));
        switch (collection) {
            case "conversations" -> putConversation(id, FactMapping.conversation(document));
            case "surveys" -> putSurvey(id, FactMapping.survey(document));
            case "orders" -> putOrder(id, FactMapping.order(document));
            case "logins" -> putLogin(id, FactMapping.login(document));
            default -> { }
        }
    }

    private void putConversation(String id, @Nullable Conversation next) {
        Conversation old = conversations.get(id);
        List<SurveyAnswer> answers = surveysOf.getOrDefault(id, List.of());
        if (!Key.of(old).equals(Key.of(next))) {
            answers.forEach(s -> surveyCell(s, Key.of(old), -1));
            answers.forEach(s -> surveyCell(s, Key.of(next), +1));
        }
        if (old != null) {
            Hour hour = hour(old.createdAt());
            hour.conversations.remove(old);
            conversationCell(hour, old, -1);
        }
        if (next == null) {
            conversations.remove(id);
            return;
        }
        conversations.put(id, next);
        Hour hour = hour(next.createdAt());
        hour.conversations.add(next);
        conversationCell(hour, next, +1);
    }

    private void putSurvey(String id, @Nullable SurveyAnswer next) {
        SurveyAnswer old = surveys.remove(id);
        if (old != null) {
            hour(old.at()).surveys.remove(old);
            surveyCell(old, Key.of(conversationOf(old)), -1);
            if (old.conversationId() != null) {
                List<SurveyAnswer> list = surveysOf.get(old.conversationId());
                list.remove(old);
                if (list.isEmpty()) {
                    surveysOf.remove(old.conversationId());
                }
            }
        }
        if (next == null) {
            return;
        }
        surveys.put(id, next);
        hour(next.at()).surveys.add(next);
        surveyCell(next, Key.of(conversationOf(next)), +1);
        if (next.conversationId() != null) {
            surveysOf.computeIfAbsent(next.conversationId(), k -> new ArrayList<>(1)).add(next);
        }
    }

    private void putOrder(String id, OrderFacts parsed) {
        OrderFacts next = canonical(parsed);
        OrderFacts old = orders.put(id, next);
        if (old != null) {
            order(old, -1);
        }
        order(next, +1);
    }

    /**
     * The order with its customer key replaced by the one instance every order of that customer
     * shares: less memory, and the hash lookups of a request compare references, not characters.
     */
    private OrderFacts canonical(OrderFacts o) {
        String key = o.customerKey();
        if (key == null) {
            return o;
        }
        String shared = customerKeys.computeIfAbsent(key, k -> k);
        if (shared == key) {
            return o;
        }
        CreatedOrder c = o.created();
        ConnectedOrder k = o.connected();
        return new OrderFacts(o.id(),
                c == null ? null : new CreatedOrder(c.createdAt(), shared, c.total(), c.cogs(), c.agent(),
                        c.rebillDiscount(), c.retryDiscount(), c.deliveredAt()),
                o.actions(), o.conversationId(),
                k == null ? null : new ConnectedOrder(shared, k.createdAt(), k.total()));
    }

    private void putLogin(String id, @Nullable Login next) {
        Login old = next == null ? logins.remove(id) : logins.put(id, next);
        if (old != null) {
            Hour hour = hour(old.at());
            hour.logins.remove(old);
            hour.orderCells.computeIfAbsent(old.agent(), a -> new OrderCell()).counts[LOGINS]--;
            hour.orderTotal.counts[LOGINS]--;
        }
        if (next != null) {
            Hour hour = hour(next.at());
            hour.logins.add(next);
            hour.orderCells.computeIfAbsent(next.agent(), a -> new OrderCell()).counts[LOGINS]++;
            hour.orderTotal.counts[LOGINS]++;
        }
    }

    private void order(OrderFacts o, int sign) {
        CreatedOrder c = o.created();
        if (c != null) {
            Hour hour = hour(c.createdAt());
            if (sign > 0) {
                hour.created.add(c);
            } else {
                hour.created.remove(c);
            }
            for (OrderCell cell : List.of(hour.orderCells.computeIfAbsent(c.agent(), a -> new OrderCell()),
                    hour.orderTotal)) {
                cell.counts[ORDERS] += sign;
                if (c.agent() != null) {
                    cell.counts[CSR_ORDERS] += sign;
                }
                cell.add(REVENUE, c.total(), sign);
                cell.add(COGS, c.cogs(), sign);
                cell.add(REBILL, c.rebillDiscount(), sign);
                cell.add(RETRY, c.retryDiscount(), sign);
            }
            history(c.customerKey(), c.createdAt().toEpochMilli(), sign);
        }
        for (OrderAction a : o.actions()) {
            Hour hour = hour(a.at());
            if (sign > 0) {
                hour.actions.add(a);
            } else {
                hour.actions.remove(a);
            }
            action(hour.orderCells.computeIfAbsent(a.agent(), x -> new OrderCell()), a, sign);
            action(hour.orderTotal, a, sign);
        }
        if (o.connected() != null && o.conversationId() != null) {
            if (sign > 0) {
                connectedOf.computeIfAbsent(o.conversationId(), k -> new ArrayList<>(1)).add(o.connected());
            } else {
                List<ConnectedOrder> list = connectedOf.get(o.conversationId());
                list.remove(o.connected());
                if (list.isEmpty()) {
                    connectedOf.remove(o.conversationId());
                }
            }
        }
    }

    private static void action(OrderCell cell, OrderAction a, int sign) {
        switch (a.kind()) {
            case REFUND -> {
                cell.counts[REFUNDS] += sign;
                cell.add(REFUNDED, a.amount(), sign);
            }
            case RETURN -> cell.counts[RETURNS] += sign;
            case RMA_RETURN -> {
                cell.counts[RETURNS] += sign;
                cell.counts[RMAS] += sign;
            }
            case CHARGEBACK -> {
                cell.counts[CHARGEBACKS] += sign;
                cell.add(CHARGEBACK_LOST, a.amount(), sign);
            }
            case REPROCESS -> cell.counts[REPROCESSES] += sign;
            case CANCEL -> cell.counts[CANCELS] += sign;
        }
    }

    /** Adds or removes one approved order's time in its customer's sorted history. */
    private void history(String customer, long at, int sign) {
        long[] times = customerHistory.get(customer);
        if (sign > 0) {
            long[] grown = times == null ? new long[1] : Arrays.copyOf(times, times.length + 1);
            int i = grown.length - 1;
            while (i > 0 && grown[i - 1] > at) {
                grown[i] = grown[i - 1];
                i--;
            }
            grown[i] = at;
            customerHistory.put(customer, grown);
        } else if (times != null) {
            int i = Arrays.binarySearch(times, at);
            if (i >= 0) {
                long[] shrunk = new long[times.length - 1];
                System.arraycopy(times, 0, shrunk, 0, i);
                System.arraycopy(times, i + 1, shrunk, i, times.length - i - 1);
                if (shrunk.length == 0) {
                    customerHistory.remove(customer);
                } else {
                    customerHistory.put(customer, shrunk);
                }
            }
        }
    }

    private void conversationCell(Hour hour, Conversation c, int sign) {
        conversationSums(hour.conversationCells.computeIfAbsent(Key.of(c), k -> new long[CONVERSATION_SLOTS]), c, sign);
        conversationSums(hour.conversationTotal, c, sign);
    }

    private static void conversationSums(long[] s, Conversation c, int sign) {
        s[CONVERSATIONS] += sign;
        if (c.firstReplyAt() != null) {
            s[REPLIED] += sign;
            s[FRT_N] += sign;
            s[FRT_SUM] += sign * millis(c.createdAt(), c.firstReplyAt());
        }
        if (c.resolvedAt() != null) {
            s[RES_N] += sign;
            s[RES_SUM] += sign * millis(c.createdAt(), c.resolvedAt());
        }
        if (c.archived()) {
            s[ARCHIVED] += sign;
        }
        if (c.handleMillis() != null) {
            s[HANDLE_N] += sign;
            s[HANDLE_SUM] += sign * c.handleMillis();
        }
        if (c.rating() != null) {
            switch (c.rating()) {
                case "happy" -> s[HAPPY] += sign;
                case "neutral" -> s[NEUTRAL] += sign;
                case "sad" -> s[SAD] += sign;
                default -> { }
            }
        }
        s[UPSELL_MADE] += sign * c.upsellMade();
        s[UPSELL_ACCEPTED] += sign * c.upsellAccepted();
        s[CROSS_MADE] += sign * c.crossSellMade();
        s[CROSS_ACCEPTED] += sign * c.crossSellAccepted();
    }

    private void surveyCell(SurveyAnswer a, Key key, int sign) {
        Hour hour = hour(a.at());
        surveySums(hour.surveyCells.computeIfAbsent(key, k -> new long[SURVEY_SLOTS]), a, sign);
        surveySums(hour.surveyTotal, a, sign);
    }

    private static void surveySums(long[] s, SurveyAnswer a, int sign) {
        switch (a.kind()) {
            case "csat" -> {
                s[CSAT_N] += sign;
                if (a.score() >= 4) {
                    s[CSAT_OK] += sign;
                }
            }
            case "ces" -> {
                s[CES_N] += sign;
                s[CES_SUM] += (long) sign * a.score();
            }
            case "nps" -> {
                s[NPS_N] += sign;
                if (a.score() >= 9) {
                    s[PROMOTERS] += sign;
                } else if (a.score() <= 6) {
                    s[DETRACTORS] += sign;
                }
            }
            case "cx" -> {
                s[CX_N] += sign;
                s[CX_SUM] += (long) sign * a.score();
            }
            default -> { }
        }
    }

    private @Nullable Conversation conversationOf(SurveyAnswer a) {
        return a.conversationId() == null ? null : conversations.get(a.conversationId());
    }

    private Hour hour(Instant at) {
        long start = Math.floorDiv(at.toEpochMilli(), HOUR) * HOUR;
        return hours.computeIfAbsent(start, Hour::new);
    }

    static long millis(Instant from, Instant to) {
        return to.toEpochMilli() - from.toEpochMilli();
    }

    // ---------------------------------------------------------------- queries

    /**
     * The facts of {@code [start, end)} for {@code sources}. For the sources in {@code rolled}, an
     * hour that {@code whole} accepts is handed to {@code sink} as rollups instead of facts.
     */
    Facts facts(Instant start, Instant end, Directory directory, Set<Source> sources, Set<Source> rolled,
            LongPredicate whole, boolean totals, CellSink sink) {
        long from = start.toEpochMilli();
        long to = end.toEpochMilli();
        List<CreatedOrder> created = new ArrayList<>();
        List<OrderAction> actions = new ArrayList<>();
        List<Login> loginRows = new ArrayList<>();
        List<Conversation> conversationRows = new ArrayList<>();
        List<Survey> surveyRows = new ArrayList<>();
        Map<String, List<ConnectedOrder>> connected = new HashMap<>();
        Map<String, long[]> history = new HashMap<>();
        lock.readLock().lock();
        try {
            for (long h = Math.floorDiv(from, HOUR) * HOUR; h < to; h += HOUR) {
                Hour hour = hours.get(h);
                if (hour == null) {
                    continue;
                }
                boolean inside = h >= from && h + HOUR <= to;
                boolean cells = inside && whole.test(h);
                boolean cellOrders = cells && rolled.contains(Source.CREATED_ORDERS);
                boolean cellConversations = cells && rolled.contains(Source.CONVERSATIONS);
                boolean cellSurveys = cells && rolled.contains(Source.SURVEYS);
                boolean cellActionsAndLogins = cells;
                if (cells && totals) {
                    sink.order(hour, null, hour.orderTotal);
                    if (cellConversations) {
                        sink.conversation(hour, Key.NONE, hour.conversationTotal);
                    }
                    if (cellSurveys) {
                        sink.survey(hour, Key.NONE, hour.surveyTotal);
                    }
                } else if (cells) {
                    hour.orderCells.forEach((agent, cell) -> sink.order(hour, agent, cell));
                    if (cellConversations) {
                        hour.conversationCells.forEach((key, sums) -> sink.conversation(hour, key, sums));
                    }
                    if (cellSurveys) {
                        hour.surveyCells.forEach((key, sums) -> sink.survey(hour, key, sums));
                    }
                }
                if (sources.contains(Source.CREATED_ORDERS) && !cellOrders) {
                    for (CreatedOrder c : hour.created) {
                        if (inside || within(c.createdAt(), from, to)) {
                            created.add(c);
                        }
                    }
                }
                if (!cellActionsAndLogins) {
                    for (OrderAction a : hour.actions) {
                        if (sources.contains(Source.of(a.kind())) && (inside || within(a.at(), from, to))) {
                            actions.add(a);
                        }
                    }
                    if (sources.contains(Source.LOGINS)) {
                        for (Login l : hour.logins) {
                            if (inside || within(l.at(), from, to)) {
                                loginRows.add(l);
                            }
                        }
                    }
                }
                if (sources.contains(Source.CONVERSATIONS) && !cellConversations) {
                    for (Conversation c : hour.conversations) {
                        if (inside || within(c.createdAt(), from, to)) {
                            conversationRows.add(c);
                        }
                    }
                }
                if (sources.contains(Source.SURVEYS) && !cellSurveys) {
                    for (SurveyAnswer a : hour.surveys) {
                        if (inside || within(a.at(), from, to)) {
                            Conversation c = conversationOf(a);
                            surveyRows.add(new Survey(a.at(), a.kind(), a.score(), c == null ? null : c.team(),
                                    c == null ? null : c.agent(), c == null ? null : c.channel(),
                                    c == null ? List.of() : c.tags()));
                        }
                    }
                }
            }
            if (sources.contains(Source.CONNECTED_ORDERS)) {
                connected = HashMap.newHashMap(conversationRows.size());
                for (Conversation c : conversationRows) {
                    List<ConnectedOrder> list = connectedOf.get(c.id());
                    if (list != null) {
                        connected.put(c.id(), List.copyOf(list));
                    }
                }
            }
            if (sources.contains(Source.CUSTOMER_HISTORY)) {
                history = HashMap.newHashMap(created.size() + connected.size());
                for (CreatedOrder c : created) {
                    history.put(c.customerKey(), customerHistory.get(c.customerKey()));
                }
                for (List<ConnectedOrder> list : connected.values()) {
                    for (ConnectedOrder c : list) {
                        history.put(c.customerKey(), customerHistory.get(c.customerKey()));
                    }
                }
                history.values().removeIf(v -> v == null);
            }
        } finally {
            lock.readLock().unlock();
        }
        return new Facts(directory, created, actions, loginRows, conversationRows, surveyRows, connected, history);
    }

    private static boolean within(Instant at, long from, long to) {
        long t = at.toEpochMilli();
        return t >= from && t < to;
    }

    /** How many records the index holds, per collection (for the benchmark's and the status' sake). */
    Map<String, Integer> sizes() {
        lock.readLock().lock();
        try {
            return Map.of("conversations", conversations.size(), "surveys", surveys.size(), "orders", orders.size(),
                    "logins", logins.size(), "hours", hours.size());
        } finally {
            lock.readLock().unlock();
        }
    }
}
