package app.frontline.demo;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A day's orders: those today's conversations led to, topped up with web-shop orders (some
 * placed by agents over the phone) to the day's count; then what happened to each: delivery,
 * refunds, returns, chargebacks, reprocessing and cancellation, as far as it happened by now.
 */
final class OrderMaker {

    /** Web-shop orders per store-zone hour: a lunchtime bump and an evening peak. */
    private static final double[] SHOPPING_HOURS = {0.35, 0.2, 0.12, 0.08, 0.08, 0.12, 0.3, 0.55,
        0.75, 0.85, 0.95, 1.0, 1.1, 1.0, 0.95, 0.95, 1.0, 1.1, 1.25, 1.45, 1.55, 1.4, 1.05, 0.65};
    private static final long DAY = 86_400;
    private static final long[] PRICE_ENDINGS = {99, 95, 90, 0, 50};

    private final Context ctx;
    private long seq;

    OrderMaker(Context ctx) {
        this.ctx = ctx;
    }

    void writeDay(int day, FollowUps followUps) throws IOException {
        Rng rng = ctx.rng;
        List<FollowUps.OrderLead> leads = followUps.orders;
        int quota = (int) ctx.volume.orders[day];
        int fromLeads = Math.min(quota, leads.size());
        long dayStart = ctx.date(day).atStartOfDay(ctx.storeZone()).toEpochSecond();
        // (createdAt << 21 | lead number + 1, or 0 for a web-shop order), sorted by time
        long[] planned = new long[quota];
        for (int i = 0; i < quota; i++) {
            if (i < fromLeads) {
                planned[i] = leads.get(i).at() << 21 | (i + 1);
            } else {
                long at = dayStart + rng.weighted(SHOPPING_HOURS) * 3600L + rng.between(0, 3599);
                planned[i] = Math.min(at, ctx.now - 1) << 21;
            }
        }
        Arrays.sort(planned);
        for (long p : planned) {
            int lead = (int) (p & ((1 << 21) - 1));
            long createdAt = p >> 21;
            if (lead > 0) {
                FollowUps.OrderLead l = leads.get(lead - 1);
                write(createdAt, l.customer(), l.agent(), l.conversationId());
            } else {
                long customer = rng.chance(0.58) ? ctx.customers.fresh() : ctx.customers.returning(rng);
                write(createdAt, customer, rng.chance(0.24) ? ctx.shifts.anyWorking() : null, null);
            }
        }
    }

    private void write(long createdAt, long customer, @Nullable DemoAgent agent,
                       @Nullable String conversationId) throws IOException {
        Rng rng = ctx.rng;
        boolean approved = rng.chance(conversationId != null ? 0.97 : 0.92);
        boolean replacement = agent != null && rng.chance(0.02); // a free replacement: total 0
        long total = replacement ? 0 : price(rng);
        boolean numbers = rng.chance(0.1);
        TimeStyle style = TimeStyle.draw(rng, ctx.offsets(ctx.storeZone()));

        JsonLine line = ctx.line.begin("order", "o-" + ++seq)
            .str("status", approved ? "approved" : "declined")
            .time("createdAt", createdAt, style)
            .str("customerEmail", ctx.customers.asTyped(customer, rng))
            .money("total", total, numbers);
        if (rng.chance(0.97)) {
            long cogs = replacement ? Math.round(rng.logNormal(1800, 0.5))
                : Math.round(total * (0.35 + 0.25 * rng.uniform()));
            line.money("cogs", cogs, numbers);
        }
        if (agent != null) {
            line.str("createdByAgentId", agent.id());
        }
        if (conversationId != null) {
            line.str("conversationId", conversationId);
        }
        writeDiscounts(line, rng, total, numbers);
        if (approved) {
            writeAftermath(line, rng, createdAt, total, numbers, style);
        } else if (rng.chance(0.25)) {
            reprocess(line, rng, createdAt, style);
        }
        ctx.write();
        ctx.orders++;
    }

    private static void writeDiscounts(JsonLine line, Rng rng, long total, boolean numbers) {
        boolean zeros = rng.chance(0.3);
        if (total > 0 && rng.chance(0.06)) {
            line.money("rebillDiscount", Math.round(total * (0.05 + 0.10 * rng.uniform())), numbers);
        } else if (zeros) {
            line.money("rebillDiscount", 0, numbers);
        }
        if (total > 0 && rng.chance(0.035)) {
            line.money("retryDiscount", Math.round(total * (0.05 + 0.15 * rng.uniform())), numbers);
        } else if (zeros) {
            line.money("retryDiscount", 0, numbers);
        }
    }

    private void writeAftermath(JsonLine line, Rng rng, long createdAt, long total, boolean numbers,
                                TimeStyle style) {
        long cancelledAt = rng.chance(0.015) ? capped(createdAt + 600 + Math.round(rng.logNormal(3 * 3600, 1))) : -1;
        long deliveredAt = cancelledAt < 0 && rng.chance(0.93)
            ? capped(createdAt + Math.round(rng.logNormal(3.2 * DAY, 0.35))) : -1;
        if (deliveredAt >= 0) {
            line.time("deliveredAt", deliveredAt, style);
        }
        if (total > 0 && cancelledAt < 0 && rng.chance(deliveredAt >= 0 ? 0.075 : 0.02)) {
            writeRefunds(line, rng, deliveredAt >= 0 ? deliveredAt : createdAt, total, numbers, style);
        }
        if (deliveredAt >= 0 && rng.chance(0.05)) {
            long at = capped(deliveredAt + Math.round(rng.logNormal(6 * DAY, 0.5)));
            if (at >= 0) {
                line.openArray("returns").openObject().time("at", at, style).bool("rma", rng.chance(0.7));
                if (rng.chance(0.75)) {
                    line.str("byAgentId", ctx.shifts.employedOn(ctx.dayOf(at)).id());
                }
                line.closeObject().closeArray();
            }
        }
        if (total > 0 && rng.chance(0.005)) {
            long at = capped(createdAt + Math.round(rng.logNormal(30 * DAY, 0.3)));
            if (at >= 0) {
                line.openObject("chargeback").time("at", at, style).closeObject();
            }
        }
        boolean nulls = rng.chance(0.05);
        if (rng.chance(0.01)) {
            reprocess(line, rng, createdAt, style);
        } else if (nulls) {
            line.nul("reprocessedAt").nul("reprocessedByAgentId");
        }
        if (cancelledAt >= 0) {
            line.time("cancelledAt", cancelledAt, style)
                .str("cancelledByAgentId", ctx.shifts.employedOn(ctx.dayOf(cancelledAt)).id());
        } else if (nulls) {
            line.nul("cancelledAt").nul("cancelledByAgentId");
        }
    }

    private void writeRefunds(JsonLine line, Rng rng, long from, long total, boolean numbers, TimeStyle style) {
        int count = rng.chance(0.85) ? 1 : 2;
        long left = total;
        long at = from;
        line.openArray("refunds");
        for (int i = 0; i < count && left > 0; i++) {
            at = capped(at + 3600 + Math.round(rng.logNormal(4 * DAY, 0.7)));
            if (at < 0) {
                break;
            }
            long amount = rng.chance(0.4) ? left : Math.max(1, Math.round(left * (0.1 + 0.5 * rng.uniform())));
            left -= amount;
            line.openObject().time("at", at, style).money("amount", amount, numbers);
            if (rng.chance(0.88)) {
                line.str("byAgentId", ctx.shifts.employedOn(ctx.dayOf(at)).id());
            }
            line.closeObject();
        }
        line.closeArray();
    }

    private void reprocess(JsonLine line, Rng rng, long createdAt, TimeStyle style) {
        long at = capped(createdAt + 300 + Math.round(rng.logNormal(2 * 3600, 1)));
        if (at >= 0) {
            line.time("reprocessedAt", at, style)
                .str("reprocessedByAgentId", ctx.shifts.employedOn(ctx.dayOf(at)).id());
        }
    }

    /** Shop prices: mostly tens of euros ending in .99, .95, .90 or .00, a long tail upwards. */
    private static long price(Rng rng) {
        long euros = Math.max(4, Math.min(1500, Math.round(rng.logNormal(55, 0.75))));
        return euros * 100 + PRICE_ENDINGS[rng.between(0, PRICE_ENDINGS.length - 1)];
    }

    private long capped(long at) {
        return at < ctx.now ? at : -1;
    }
}
