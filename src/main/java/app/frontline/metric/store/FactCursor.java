package app.frontline.metric.store;

import app.frontline.metric.measure.ActionRow;
import app.frontline.metric.measure.ConversationRow;
import app.frontline.metric.measure.Fact;
import app.frontline.metric.measure.LoginRow;
import app.frontline.metric.measure.OrderRow;
import app.frontline.metric.measure.SurveyRow;
import app.frontline.period.BusinessCalendar;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A view of one row of a table, moved from row to row by the engine: the measures read the fact
 * through the row interface its subclass implements, the engine reads who the fact counts for
 * (team, agent, channel, tags: codes, -1 for none) to route it to its scopes.
 */
public abstract sealed class FactCursor {

    final FactStore store;
    private final Table table;
    int row;

    FactCursor(FactStore store, Table table) {
        this.store = store;
        this.table = table;
    }

    /** A cursor over the fact's table. {@code dayStarts}: the request's local midnights (for agent-days). */
    public static FactCursor over(FactStore store, Fact fact, long[] dayStarts,
            @Nullable IntFunction<BusinessCalendar> calendars) {
        return switch (fact) {
            case ORDER -> new Order(store);
            case ACTION -> new Action(store);
            case LOGIN -> new Login(store);
            case CONVERSATION -> new Conversation(store, dayStarts, calendars);
            case SURVEY -> new Survey(store);
        };
    }

    public final void at(int row) {
        this.row = row;
    }

    public final long time() {
        return table.time[row];
    }

    public abstract int team();

    public abstract int agent();

    public int channel() {
        return -1;
    }

    public boolean hasTag(int tag) {
        return false;
    }

    /** A fact that counts for an agent and, through the directory, the agent's team as it is now. */
    abstract static sealed class ByAgent extends FactCursor permits Order, Action, Login {

        ByAgent(FactStore store, Table table) {
            super(store, table);
        }

        @Override
        public final int team() {
            return store.directory.teamOf(agent());
        }
    }

    static final class Order extends ByAgent implements OrderRow {
        private final OrderTable t;

        Order(FactStore store) {
            super(store, store.orders);
            t = store.orders;
        }


        @Override
        public int agent() {
            return t.agent[row];
        }


        @Override
        public boolean byAgent() {
            return t.agent[row] >= 0;
        }

        @Override
        public long total() {
            return t.total[row];
        }

        @Override
        public long cogs() {
            return t.cogs[row];
        }

        @Override
        public long rebillDiscount() {
            return t.rebill[row];
        }

        @Override
        public long retryDiscount() {
            return t.retry[row];
        }

        @Override
        public long customer() {
            return t.customer[row];
        }

        @Override
        public boolean initial() {
            return store.history.initial(t.customer[row], t.time[row]);
        }

        @Override
        public boolean delivered() {
            return t.delivery[row] >= 0;
        }

        @Override
        public long deliveryMillis() {
            return t.delivery[row];
        }
    }

    static final class Action extends ByAgent implements ActionRow {
        private final ActionTable t;

        Action(FactStore store) {
            super(store, store.actions);
            t = store.actions;
        }


        @Override
        public int agent() {
            return t.agent[row];
        }


        @Override
        public Kind kind() {
            return ActionTable.KINDS[t.kind[row]];
        }

        @Override
        public long amount() {
            return t.amount[row];
        }
    }

    static final class Login extends ByAgent implements LoginRow {
        private final LoginTable t;

        Login(FactStore store) {
            super(store, store.logins);
            t = store.logins;
        }


        @Override
        public int agent() {
            return t.agent[row];
        }


        @Override
        public long agentCode() {
            return t.agent[row];
        }
    }

    static final class Survey extends FactCursor implements SurveyRow {
        private final SurveyTable t;
        private final ConversationTable c;

        Survey(FactStore store) {
            super(store, store.surveys);
            t = store.surveys;
            c = store.conversations;
        }

        private int conversation() {
            return store.conversations.rowOf(t.conversation[row]);
        }


        @Override
        public int team() {
            int r = conversation();
            return r < 0 ? -1 : c.team[r];
        }

        @Override
        public int agent() {
            int r = conversation();
            return r < 0 ? -1 : c.agent[r];
        }

        @Override
        public int channel() {
            int r = conversation();
            return r < 0 ? -1 : c.channel[r];
        }

        @Override
        public boolean hasTag(int tag) {
            int r = conversation();
            return r >= 0 && c.hasTag(r, tag);
        }

        @Override
        public Kind kind() {
            return FactStore.SURVEY_KINDS[t.kind[row]];
        }

        @Override
        public int score() {
            return t.score[row];
        }
    }

    static final class Conversation extends FactCursor implements ConversationRow {
        private static final Rating[] RATINGS = Rating.values();

        private final ConversationTable t;
        private final long[] dayStarts;
        private final @Nullable IntFunction<BusinessCalendar> calendars;
        /** The connected orders' sums, for the row they were computed for. */
        private int linkedRow = -1;
        private long newRevenue;
        private long existingRevenue;
        private boolean hasNew;
        private boolean hasExisting;

        Conversation(FactStore store, long[] dayStarts, @Nullable IntFunction<BusinessCalendar> calendars) {
            super(store, store.conversations);
            t = store.conversations;
            this.dayStarts = dayStarts;
            this.calendars = calendars;
        }


        @Override
        public int team() {
            return t.team[row];
        }

        @Override
        public int agent() {
            return t.agent[row];
        }

        @Override
        public int channel() {
            return t.channel[row];
        }

        @Override
        public boolean hasTag(int tag) {
            return t.hasTag(row, tag);
        }

        @Override
        public boolean replied() {
            return t.firstResponse[row] >= 0;
        }

        @Override
        public long firstResponseMillis() {
            return t.firstResponse[row];
        }

        @Override
        public boolean resolved() {
            return t.resolution[row] >= 0;
        }

        @Override
        public long resolutionMillis() {
            return t.resolution[row];
        }

        @Override
        public boolean onTime() {
            return t.firstResponse[row] >= 0 && t.firstResponse[row] <= store.directory.slaMillis(t.team[row]);
        }

        private long business(long millis) {
            if (millis < 0 || calendars == null) {
                return millis;
            }
            Instant start = Instant.ofEpochMilli(t.time[row]);
            return calendars.apply(t.team[row]).workingTime(start, start.plusMillis(millis)).toMillis();
        }

        @Override
        public long businessFirstResponseMillis() {
            return business(t.firstResponse[row]);
        }

        @Override
        public long businessResolutionMillis() {
            return business(t.resolution[row]);
        }

        @Override
        public boolean businessOnTime() {
            return replied() && businessFirstResponseMillis() <= store.directory.slaMillis(t.team[row]);
        }

        @Override
        public boolean archived() {
            return (t.flags[row] & ConversationTable.ARCHIVED) != 0;
        }

        @Override
        public boolean hasHandleTime() {
            return t.handle[row] >= 0;
        }

        @Override
        public long handleMillis() {
            return t.handle[row];
        }

        @Override
        public Rating rating() {
            return RATINGS[(t.flags[row] >> ConversationTable.RATING_SHIFT) & 3];
        }

        private int offer(int index) {
            return (int) ((t.offers[row] >>> (16 * index)) & 0xFFFF);
        }

        @Override
        public int upsellMade() {
            return offer(0);
        }

        @Override
        public int upsellAccepted() {
            return offer(1);
        }

        @Override
        public int crossSellMade() {
            return offer(2);
        }

        @Override
        public int crossSellAccepted() {
            return offer(3);
        }

        @Override
        public boolean assigned() {
            return t.agent[row] >= 0;
        }

        @Override
        public long agentDay() {
            int day = Arrays.binarySearch(dayStarts, t.time[row]);
            return (long) t.agent[row] << 32 | (day >= 0 ? day : -day - 2) & 0xFFFFFFFFL;
        }

        private void link() {
            if (linkedRow == row) {
                return;
            }
            linkedRow = row;
            newRevenue = existingRevenue = 0;
            hasNew = hasExisting = false;
            int key = t.key[row];
            int[] first = store.firstConnected;
            OrderTable orders = store.orders;
            for (int o = key < first.length ? first[key] : -1; o >= 0; o = store.nextConnected[o]) {
                int r = orders.rowOf(o);
                if (r < 0) {
                    continue;
                }
                if (store.history.initial(orders.customer[r], orders.time[r])) {
                    hasNew = true;
                    newRevenue += orders.total[r];
                } else {
                    hasExisting = true;
                    existingRevenue += orders.total[r];
                }
            }
        }

        @Override
        public boolean acquired() {
            link();
            return hasNew;
        }

        @Override
        public long acquisitionRevenue() {
            link();
            return newRevenue;
        }

        @Override
        public boolean retained() {
            link();
            return hasExisting;
        }

        @Override
        public long retentionRevenue() {
            link();
            return existingRevenue;
        }
    }
}
