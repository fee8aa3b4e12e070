package app.frontline.metric.store;

import app.frontline.metric.measure.ActionRow;
import app.frontline.metric.measure.Fact;
import app.frontline.metric.measure.SurveyRow;
import app.frontline.metric.store.Versions.Dependency;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.jspecify.annotations.Nullable;

/**
 * Every fact of the store, columnar, and the rules that keep it current: a record's new version
 * retires its old rows and appends new ones, and the versions ({@link #changedSince}) record which
 * days and which store-wide relations changed. Not thread-safe: {@link Facts} guards it with a
 * read-write lock.
 */
public final class FactStore implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    /** Money is kept to at most this many decimal places (more is rounded half-even, and logged by the caller). */
    static final int MAX_SCALE = 9;
    public static final List<String> CHANNELS = List.of("email", "chat", "phone", "social", "messaging");
    static final SurveyRow.Kind[] SURVEY_KINDS = SurveyRow.Kind.values();

    final Interner conversationIds = new Interner();
    final Interner orderIds = new Interner();
    final Interner surveyIds = new Interner();
    final Interner loginIds = new Interner();
    final Interner agents = new Interner();
    final Interner teams = new Interner();
    final Interner tags = new Interner();
    final Interner customers = new Interner();
    final ConversationTable conversations = new ConversationTable();
    final OrderTable orders = new OrderTable();
    final ActionTable actions = new ActionTable();
    final SurveyTable surveys = new SurveyTable();
    final LoginTable logins = new LoginTable();
    final CustomerHistory history = new CustomerHistory();
    final Directory directory = new Directory();
    /** Per conversation key, the first connected approved order's key (-1); per order key, the next one. */
    int[] firstConnected = Columns.fill(new int[16], 0, -1);
    int[] nextConnected = Columns.fill(new int[16], 0, -1);
    /** Per conversation key: whether a survey answers it (its attribution then moves with the conversation). */
    boolean[] surveyed = new boolean[16];
    int moneyScale;
    final Versions versions = new Versions();

    // ------------------------------------------------------------------ upkeep

    /** Applies a stored document (stored layout: {@code _id} = record id) of one of the store's collections. */
    public void apply(String collection, Document document) {
        Object id = document.get("_id");
        if (id == null) {
            return;
        }
        switch (collection) {
            case "conversations" -> conversation(id.toString(), document);
            case "orders" -> order(id.toString(), document);
            case "surveys" -> survey(id.toString(), document);
            case "logins" -> login(id.toString(), document);
            case "agents" -> agent(id.toString(), document);
            case "teams" -> team(id.toString(), document);
            default -> { }
        }
    }

    /** Removes a record deleted from the store. */
    public void remove(String collection, Object id) {
        String key = id.toString();
        switch (collection) {
            case "conversations" -> conversation(key, null);
            case "orders" -> order(key, null);
            case "surveys" -> survey(key, null);
            case "logins" -> login(key, null);
            case "agents" -> {
                int agent = agents.find(key);
                if (agent >= 0 && directory.agent(agent, -1, false)) {
                    versions.global(Dependency.DIRECTORY);
                }
            }
            case "teams" -> {
                int team = teams.find(key);
                if (team >= 0 && directory.team(team, Directory.DEFAULT_SLA_MINUTES)) {
                    versions.global(Dependency.DIRECTORY);
                }
            }
            default -> { }
        }
    }

    private void conversation(String id, @Nullable Document c) {
        int key = c == null ? conversationIds.find(id) : conversationIds.intern(id);
        if (key < 0) {
            return;
        }
        int old = conversations.retire(key);
        if (old >= 0) {
            versions.day(conversations.time[old]);
        }
        Long createdAt = c == null ? null : time(c, "createdAt");
        if (c == null || createdAt == null) {
            if (old >= 0 && surveyed(key)) {
                versions.global(Dependency.LINKS);
            }
            return;
        }
        int row = conversations.append(key, createdAt, true);
        long offers = 0;
        for (Document offer : list(c, "offers")) {
            int base = "upsell".equals(offer.getString("kind")) ? 0 : "crossSell".equals(offer.getString("kind")) ? 2 : -1;
            if (base >= 0) {
                offers += 1L << (16 * base);
                if (Boolean.TRUE.equals(offer.get("accepted"))) {
                    offers += 1L << (16 * (base + 1));
                }
            }
        }
        List<String> tagNames = strings(c, "tags");
        int[] tagCodes = new int[Math.min(tagNames.size(), 127)];
        for (int i = 0; i < tagCodes.length; i++) {
            tagCodes[i] = tags.intern(tagNames.get(i));
        }
        int rating = switch (String.valueOf(c.getString("rating"))) {
            case "happy" -> 1;
            case "neutral" -> 2;
            case "sad" -> 3;
            default -> 0;
        };
        conversations.set(row, duration(createdAt, time(c, "firstReplyAt")), duration(createdAt, time(c, "resolvedAt")),
                c.get("handleSeconds") instanceof Number n ? millis(n) : -1, code(teams, c.getString("teamId")),
                code(agents, c.getString("assigneeAgentId")), channelCode(c.getString("channel")),
                (c.get("archivedAt") != null ? ConversationTable.ARCHIVED : 0) | rating << ConversationTable.RATING_SHIFT,
                offers, tagCodes);
        versions.day(createdAt);
        if (surveyed(key) && (old < 0 || attributionChanged(old, row))) {
            versions.global(Dependency.LINKS);
        }
        compactIfWasteful();
    }

    private boolean attributionChanged(int a, int b) {
        ConversationTable t = conversations;
        if (t.team[a] != t.team[b] || t.agent[a] != t.agent[b] || t.channel[a] != t.channel[b]
                || t.tagCount[a] != t.tagCount[b]) {
            return true;
        }
        return !Arrays.equals(t.tags, t.tagStart[a], t.tagStart[a] + t.tagCount[a], t.tags, t.tagStart[b],
                t.tagStart[b] + t.tagCount[b]);
    }

    private boolean surveyed(int conversationKey) {
        return conversationKey < surveyed.length && surveyed[conversationKey];
    }

    private void order(String id, @Nullable Document o) {
        int key = o == null ? orderIds.find(id) : orderIds.intern(id);
        if (key < 0) {
            return;
        }
        int old = orders.rowOf(key);
        if (old >= 0) {
            retireOrder(key, old);
        }
        Long createdAt = o == null ? null : time(o, "createdAt");
        if (o == null || createdAt == null) {
            return;
        }
        for (String field : List.of("total", "cogs", "rebillDiscount", "retryDiscount")) {
            fitScale(o.get(field));
        }
        for (Document refund : list(o, "refunds")) {
            fitScale(refund.get("amount"));
        }
        boolean approved = "approved".equals(o.getString("status"));
        int row = orders.append(key, createdAt, approved);
        int agent = code(agents, o.getString("createdByAgentId"));
        String customerKey = o.getString("customerKey");
        int customer = customerKey == null ? customers.intern("") : customers.intern(customerKey);
        String conversationId = o.getString("conversationId");
        int conversation = conversationId == null ? -1 : conversationIds.intern(conversationId);
        orders.approved[row] = approved;
        orders.total[row] = minor(o.get("total"));
        orders.cogs[row] = minor(o.get("cogs"));
        orders.rebill[row] = minor(o.get("rebillDiscount"));
        orders.retry[row] = minor(o.get("retryDiscount"));
        orders.delivery[row] = duration(createdAt, time(o, "deliveredAt"));
        orders.agent[row] = agent;
        orders.customer[row] = customer;
        orders.conversation[row] = conversation;
        orders.firstAction[row] = actions.nextKey;
        int before = actions.nextKey;
        for (Document refund : list(o, "refunds")) {
            action(ActionRow.Kind.REFUND, time(refund, "at"), code(agents, refund.getString("byAgentId")),
                    minor(refund.get("amount")));
        }
        for (Document ret : list(o, "returns")) {
            action(Boolean.TRUE.equals(ret.get("rma")) ? ActionRow.Kind.RMA_RETURN : ActionRow.Kind.RETURN,
                    time(ret, "at"), code(agents, ret.getString("byAgentId")), 0);
        }
        if (o.get("chargeback") instanceof Document chargeback) {
            action(ActionRow.Kind.CHARGEBACK, time(chargeback, "at"), agent, orders.total[row]);
        }
        action(ActionRow.Kind.REPROCESS, time(o, "reprocessedAt"), code(agents, o.getString("reprocessedByAgentId")), 0);
        action(ActionRow.Kind.CANCEL, time(o, "cancelledAt"), code(agents, o.getString("cancelledByAgentId")), 0);
        orders.actionCount[row] = actions.nextKey - before;
        if (approved) {
            versions.day(createdAt);
            if (history.add(customer, createdAt)) {
                versions.global(Dependency.CUSTOMERS);
            }
            if (conversation >= 0) {
                link(conversation, key);
            }
        }
        compactIfWasteful();
    }

    private void action(ActionRow.Kind kind, @Nullable Long at, int agent, long amount) {
        if (at == null) {
            return;
        }
        int row = actions.append(actions.nextKey++, at, true);
        actions.kind[row] = (byte) kind.ordinal();
        actions.agent[row] = agent;
        actions.amount[row] = amount;
        versions.day(at);
    }

    private void retireOrder(int key, int row) {
        orders.retire(key);
        for (int a = orders.firstAction[row], end = a + orders.actionCount[row]; a < end; a++) {
            int actionRow = actions.retire(a);
            if (actionRow >= 0) {
                versions.day(actions.time[actionRow]);
            }
        }
        if (orders.approved[row]) {
            versions.day(orders.time[row]);
            if (history.remove(orders.customer[row], orders.time[row])) {
                versions.global(Dependency.CUSTOMERS);
            }
            if (orders.conversation[row] >= 0) {
                unlink(orders.conversation[row], key);
            }
        }
    }

    /** Connects an approved order to its conversation; the conversation's day changes. */
    private void link(int conversation, int order) {
        if (conversation >= firstConnected.length) {
            int old = firstConnected.length;
            firstConnected = Columns.fill(Arrays.copyOf(firstConnected, Columns.grown(old, conversation + 1)), old, -1);
        }
        if (order >= nextConnected.length) {
            int old = nextConnected.length;
            nextConnected = Columns.fill(Arrays.copyOf(nextConnected, Columns.grown(old, order + 1)), old, -1);
        }
        nextConnected[order] = firstConnected[conversation];
        firstConnected[conversation] = order;
        touchConversation(conversation);
    }

    private void unlink(int conversation, int order) {
        if (conversation >= firstConnected.length) {
            return;
        }
        if (firstConnected[conversation] == order) {
            firstConnected[conversation] = nextConnected[order];
        } else {
            for (int o = firstConnected[conversation]; o >= 0; o = nextConnected[o]) {
                if (nextConnected[o] == order) {
                    nextConnected[o] = nextConnected[order];
                    break;
                }
            }
        }
        nextConnected[order] = -1;
        touchConversation(conversation);
    }

    private void touchConversation(int conversation) {
        int row = conversations.rowOf(conversation);
        if (row >= 0) {
            versions.day(conversations.time[row]);
        }
    }

    private void survey(String id, @Nullable Document s) {
        int key = s == null ? surveyIds.find(id) : surveyIds.intern(id);
        if (key < 0) {
            return;
        }
        int old = surveys.retire(key);
        if (old >= 0) {
            versions.day(surveys.time[old]);
        }
        Long at = s == null ? null : time(s, "at");
        if (s == null || at == null || !(s.get("score") instanceof Number score)) {
            return;
        }
        int kind = switch (String.valueOf(s.getString("kind"))) {
            case "csat" -> 0;
            case "ces" -> 1;
            case "nps" -> 2;
            case "cx" -> 3;
            default -> -1;
        };
        if (kind < 0) {
            return;
        }
        int row = surveys.append(key, at, true);
        surveys.kind[row] = (byte) kind;
        surveys.score[row] = (byte) score.intValue();
        String conversationId = s.getString("conversationId");
        int conversation = conversationId == null ? -1 : conversationIds.intern(conversationId);
        surveys.conversation[row] = conversation;
        if (conversation >= 0) {
            if (conversation >= surveyed.length) {
                surveyed = Arrays.copyOf(surveyed, Columns.grown(surveyed.length, conversation + 1));
            }
            surveyed[conversation] = true;
        }
        versions.day(at);
        compactIfWasteful();
    }

    private void login(String id, @Nullable Document l) {
        int key = l == null ? loginIds.find(id) : loginIds.intern(id);
        if (key < 0) {
            return;
        }
        int old = logins.retire(key);
        if (old >= 0) {
            versions.day(logins.time[old]);
        }
        Long at = l == null ? null : time(l, "at");
        if (l == null || at == null || l.getString("agentId") == null) {
            return;
        }
        int row = logins.append(key, at, true);
        logins.agent[row] = agents.intern(l.getString("agentId"));
        versions.day(at);
        compactIfWasteful();
    }

    private void agent(String id, Document a) {
        if (directory.agent(agents.intern(id), code(teams, a.getString("teamId")),
                !Boolean.FALSE.equals(a.get("active")))) {
            versions.global(Dependency.DIRECTORY);
        }
    }

    private void team(String id, Document t) {
        int minutes = t.get("slaFirstReplyMinutes") instanceof Number n ? n.intValue() : Directory.DEFAULT_SLA_MINUTES;
        if (directory.team(teams.intern(id), minutes)) {
            versions.global(Dependency.DIRECTORY);
        }
    }

    // ------------------------------------------------------------------ compaction

    private void compactIfWasteful() {
        if (conversations.wasteful()) {
            conversations.compact(conversations.liveOrder());
        }
        if (surveys.wasteful()) {
            surveys.compact(surveys.liveOrder());
        }
        if (logins.wasteful()) {
            logins.compact(logins.liveOrder());
        }
        if (orders.wasteful()) {
            orders.compact(orders.liveOrder());
        }
        if (actions.wasteful()) {
            actions.compact(actions.liveOrder());
        }
    }

    /** Drops every retired row and the arrays' spare room now (the snapshot and the memory figure want a tight store). */
    public void compact() {
        for (Table table : List.of(conversations, surveys, logins, orders, actions)) {
            if (table.retired > 0 || table.key.length > table.size + table.size / 8 + 16) {
                table.compact(table.liveOrder());
            }
        }
        for (Interner i : List.of(conversationIds, orderIds, surveyIds, loginIds, agents, teams, tags, customers)) {
            i.trim();
        }
    }

    // ------------------------------------------------------------------ values

    private void fitScale(@Nullable Object money) {
        BigDecimal amount = decimal(money);
        if (amount == null || amount.scale() <= moneyScale) {
            return;
        }
        int scale = Math.min(MAX_SCALE, amount.scale());
        if (scale > moneyScale) {
            long factor = BigDecimal.TEN.pow(scale - moneyScale).longValueExact();
            orders.rescale(factor);
            actions.rescale(factor);
            moneyScale = scale;
        }
    }

    private long minor(@Nullable Object money) {
        BigDecimal amount = decimal(money);
        return amount == null ? 0 : amount.setScale(moneyScale, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    private static @Nullable BigDecimal decimal(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Decimal128 d -> d.bigDecimalValue();
            case BigDecimal b -> b;
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Number n -> BigDecimal.valueOf(n.doubleValue());
            case String s -> new BigDecimal(s.trim());
            default -> null;
        };
    }

    /** Seconds as given (a handle time) to whole milliseconds, the precision every duration is kept in. */
    static long millis(Number seconds) {
        return seconds instanceof BigDecimal d ? d.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValue()
                : seconds instanceof Decimal128 d ? millis(d.bigDecimalValue())
                : seconds instanceof Integer || seconds instanceof Long ? seconds.longValue() * 1000
                : Math.round(seconds.doubleValue() * 1000);
    }

    private static long duration(long from, @Nullable Long to) {
        return to == null ? -1 : to - from;
    }

    private static @Nullable Long time(Document document, String field) {
        return document.get(field) instanceof Date date ? date.getTime() : null;
    }

    private static int code(Interner interner, @Nullable String value) {
        return value == null ? -1 : interner.intern(value);
    }

    static int channelCode(@Nullable String channel) {
        return channel == null ? -1 : CHANNELS.indexOf(channel.toLowerCase(Locale.ROOT));
    }

    private static List<String> strings(Document document, String field) {
        return document.get(field) instanceof List<?> list
                ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Document> list(Document document, String field) {
        return document.get(field) instanceof List<?> list ? (List<Document>) list : List.of();
    }

    // ------------------------------------------------------------------ reading

    Table table(Fact fact) {
        return switch (fact) {
            case ORDER -> orders;
            case ACTION -> actions;
            case LOGIN -> logins;
            case CONVERSATION -> conversations;
            case SURVEY -> surveys;
        };
    }

    /** Calls {@code action} with every live row of the fact whose time lies in {@code [from, to)}, day by day. */
    public void forEach(Fact fact, long from, long to, IntConsumer action) {
        Table table = table(fact);
        long last = Math.floorDiv(to - 1, Table.DAY);
        for (long day = Math.floorDiv(from, Table.DAY); day <= last; day++) {
            IntList rows = table.days.get(day);
            if (rows == null) {
                continue;
            }
            boolean inside = day * Table.DAY >= from && (day + 1) * Table.DAY <= to;
            int[] values = rows.values;
            long[] time = table.time;
            for (int i = 0, n = rows.size; i < n; i++) {
                int row = values[i];
                if (table.alive(row) && (inside || time[row] >= from && time[row] < to)) {
                    action.accept(row);
                }
            }
        }
    }

    public int teamCode(String id) {
        return teams.find(id);
    }

    public int agentCode(String id) {
        return agents.find(id);
    }

    public int tagCode(String tag) {
        return tags.find(tag);
    }

    /** Hands each tag code of a conversation row to {@code action}. */
    public void tagCodesOf(int row, IntConsumer action) {
        for (int i = conversations.tagStart[row], end = i + conversations.tagCount[row]; i < end; i++) {
            action.accept(conversations.tags[i]);
        }
    }

    public String tagName(int code) {
        return tags.get(code);
    }

    public String teamName(int code) {
        return teams.get(code);
    }

    public int teamOf(int agent) {
        return directory.teamOf(agent);
    }

    /** The active agents' codes. */
    public int[] activeAgents() {
        return java.util.stream.IntStream.range(0, directory.agents()).filter(directory::active).toArray();
    }

    public boolean repurchased(int customer, long end) {
        return history.repurchased(customer, end);
    }

    public int moneyScale() {
        return moneyScale;
    }

    public long version() {
        return versions.current();
    }

    /** Whether anything a result read since {@code version} changed: the days of {@code [from, to)} and its dependencies. */
    public boolean changedSince(long version, long from, long to, boolean customers, boolean links) {
        return versions.changedSince(version, from, to, customers, links);
    }

    /** Records applied and live rows per table, for the status and the benchmark. */
    public long records() {
        return conversations.size - conversations.retired + orders.size - orders.retired + surveys.size
                - surveys.retired + logins.size - logins.retired;
    }

    /** Bytes held by the store's arrays (an estimate from their lengths). */
    public long bytes() {
        long tables = 0;
        for (Table t : List.of(conversations, orders, actions, surveys, logins)) {
            tables += t.bytes();
        }
        long interned = 0;
        for (Interner i : List.of(conversationIds, orderIds, surveyIds, loginIds, agents, teams, tags, customers)) {
            interned += i.bytes();
        }
        return tables + interned + history.bytes() + 4L * (firstConnected.length + nextConnected.length)
                + surveyed.length;
    }
}
