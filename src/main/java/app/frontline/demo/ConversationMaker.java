package app.frontline.demo;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A day's conversations, in order of creation, in each team's local business hours; queues the
 * surveys and orders they lead to.
 */
final class ConversationMaker {

    /** Relative volume per local hour 0..23: business hours with a late-morning peak. */
    private static final double[] BUSINESS_HOURS = {0, 0, 0, 0, 0, 0, 0, 0.15, 0.6, 1.0, 1.3, 1.3,
        1.0, 1.1, 1.2, 1.1, 1.0, 0.8, 0.6, 0.4, 0.15, 0, 0, 0};
    private static final double[] ANY_HOUR = {0.3, 0.2, 0.15, 0.1, 0.1, 0.15, 0.3, 0.5, 0.8, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 0.9, 0.7, 0.5};
    private static final double[] NO_TEAM_MIX = {0.7, 0.1, 0.05, 0.1, 0.05};
    private static final double[] TAG_COUNT = {0.10, 0.55, 0.28, 0.07};
    private static final String[] TAGS = {"order-status", "shipping", "returns", "refund-request",
        "product-question", "payment", "discount-code", "account", "complaint", "delivery-damage"};
    private static final double[] TAG_WEIGHTS = {0.24, 0.18, 0.11, 0.09, 0.14, 0.07, 0.05, 0.05,
        0.04, 0.03};
    private static final int NO_TEAM = 15;

    private final Context ctx;
    private final double[] teamShares;
    private long seq;

    ConversationMaker(Context ctx) {
        this.ctx = ctx;
        teamShares = ctx.roster.teams.stream().mapToDouble(DemoTeam::share).toArray();
    }

    void writeDay(int day, FollowUps followUps) throws IOException {
        int count = (int) ctx.volume.conversations[day];
        Rng rng = ctx.rng;
        LocalDate date = ctx.date(day);
        // (createdAt << 8 | team << 3 | channel), sorted: ids then follow creation time
        long[] teamDayStart = new long[ctx.roster.teams.size()];
        for (DemoTeam t : ctx.roster.teams) {
            teamDayStart[t.index()] = date.atStartOfDay(t.zone()).toEpochSecond();
        }
        long storeDayStart = date.atStartOfDay(ctx.storeZone()).toEpochSecond();
        long[] planned = new long[count];
        for (int i = 0; i < count; i++) {
            int team = rng.chance(0.03) ? NO_TEAM : rng.weighted(teamShares);
            double[] mix = team == NO_TEAM ? NO_TEAM_MIX : ctx.roster.teams.get(team).channelMix();
            int channel = rng.weighted(mix);
            double[] hours = channel == Channel.EMAIL.ordinal() && rng.chance(0.25) ? ANY_HOUR : BUSINESS_HOURS;
            long at = (team == NO_TEAM ? storeDayStart : teamDayStart[team]) + rng.weighted(hours) * 3600L + rng.between(0, 3599);
            planned[i] = at << 8 | (long) team << 3 | channel;
        }
        Arrays.sort(planned);
        boolean surge = ctx.volume.inSurge(day);
        for (long p : planned) {
            long createdAt = p >> 8;
            if (createdAt < ctx.start || createdAt >= ctx.now) {
                continue; // outside the period in the store zone (far zones' night and evening)
            }
            int team = (int) (p >> 3 & 31);
            write(createdAt, team == NO_TEAM ? null : ctx.roster.teams.get(team),
                Channel.values()[(int) (p & 7)], surge, followUps);
        }
    }

    private void write(long createdAt, @Nullable DemoTeam team, Channel channel, boolean surge,
                       FollowUps followUps) throws IOException {
        Rng rng = ctx.rng;
        String id = "c-" + ++seq;
        DemoAgent agent = team != null && rng.chance(0.95) ? ctx.shifts.assign(team) : null;
        boolean hasCustomer = rng.chance(channel == Channel.PHONE ? 0.8 : 0.98);
        long customer = hasCustomer ? (rng.chance(0.3) ? ctx.customers.fresh() : ctx.customers.returning(rng)) : -1;
        int sla = team == null ? 60 : team.slaMinutes();
        double slowness = Math.sqrt(sla / 60.0) * (surge ? 2.6 : 1) / (agent == null ? 1 : agent.speed());

        long firstReplyAt = -1;
        long resolvedAt = -1;
        long archivedAt = -1;
        if (rng.chance(agent != null ? 0.95 : 0.35)) {
            firstReplyAt = cap(createdAt + 1 + Math.round(rng.logNormal(channel.replyMedian * slowness, channel.replySigma)));
        }
        if (firstReplyAt >= 0 && rng.chance(channel == Channel.EMAIL ? 0.86 : 0.92)) {
            double median = channel.live() ? 9 * 60 : 5 * 3600;
            resolvedAt = cap(firstReplyAt + Math.round(rng.logNormal(median, 1.1)));
        }
        if (resolvedAt >= 0 && rng.chance(0.75)) {
            archivedAt = cap(resolvedAt + Math.round(rng.logNormal(20 * 3600, 0.6)));
        }
        boolean slaMissed = firstReplyAt >= 0 && firstReplyAt - createdAt > sla * 60L;
        double quality = 0.85 - (slaMissed ? 0.25 : 0) - (resolvedAt < 0 ? 0.3 : 0);

        TimeStyle style = TimeStyle.draw(rng, ctx.offsets(team == null ? ctx.storeZone() : team.zone()));
        JsonLine line = ctx.line.begin("conversation", id);
        if (channel != Channel.EMAIL || rng.chance(0.9)) {
            line.str("channel", channel.json); // e-mail is the default: some sources leave it out
        }
        if (customer >= 0) {
            line.str("customerEmail", ctx.customers.asTyped(customer, rng));
        }
        if (team != null) {
            line.str("teamId", team.id());
        }
        if (agent != null) {
            line.str("assigneeAgentId", agent.id());
        }
        line.time("createdAt", createdAt, style);
        if (firstReplyAt >= 0) {
            line.time("firstReplyAt", firstReplyAt, style);
            if (rng.chance(0.96)) {
                double median = channel.handleMedian / (agent == null ? 1 : agent.speed());
                line.num("handleSeconds", Math.round(rng.logNormal(median, 0.5)));
            }
        }
        if (resolvedAt >= 0) {
            line.time("resolvedAt", resolvedAt, style);
        }
        if (archivedAt >= 0) {
            line.time("archivedAt", archivedAt, style);
        }
        if (resolvedAt >= 0 && rng.chance(0.35)) {
            line.str("rating", rng.chance(quality) ? "happy" : rng.chance(0.55) ? "neutral" : "sad");
        }
        boolean accepted = agent != null && firstReplyAt >= 0 && writeOffers(line, rng);
        boolean productQuestion = writeTags(line, rng);
        ctx.write();
        ctx.conversations++;

        if (resolvedAt >= 0) {
            for (SurveyKind kind : SurveyKind.values()) {
                if (rng.chance(kind.rate)) {
                    followUps.surveys.add(new FollowUps.SurveyInvite(id, kind, resolvedAt, quality));
                }
            }
        }
        double buys = accepted ? 0.8 : productQuestion ? 0.3 : channel.live() ? 0.16 : 0.09;
        if (customer >= 0 && firstReplyAt >= 0 && rng.chance(buys)) {
            long at = firstReplyAt + 60 + Math.round(rng.logNormal(20 * 60, 0.8));
            if (at < ctx.now) {
                DemoAgent creator = agent != null && rng.chance(0.75) ? agent : null;
                followUps.orders.add(new FollowUps.OrderLead(id, customer, creator, at));
            }
        }
    }

    /** Writes up-sell / cross-sell offers; true when one was accepted. */
    private static boolean writeOffers(JsonLine line, Rng rng) {
        if (!rng.chance(0.22)) {
            return false;
        }
        int count = rng.chance(0.25) ? 2 : 1;
        boolean anyAccepted = false;
        line.openArray("offers");
        for (int i = 0; i < count; i++) {
            boolean upsell = i == 0 ? rng.chance(0.55) : rng.chance(0.3);
            boolean accepted = rng.chance(upsell ? 0.3 : 0.22);
            anyAccepted |= accepted;
            line.openObject().str("kind", upsell ? "upsell" : "crossSell").bool("accepted", accepted).closeObject();
        }
        line.closeArray();
        return anyAccepted;
    }

    /** Writes zero to three distinct tags; true when one is {@code product-question}. */
    private static boolean writeTags(JsonLine line, Rng rng) {
        int count = rng.weighted(TAG_COUNT);
        if (count == 0) {
            return false;
        }
        int first = rng.weighted(TAG_WEIGHTS);
        int second = count > 1 ? rng.weighted(TAG_WEIGHTS) : first;
        int third = count > 2 ? rng.weighted(TAG_WEIGHTS) : first;
        line.openArray("tags").element(TAGS[first]);
        if (second != first) {
            line.element(TAGS[second]);
        }
        if (third != first && third != second) {
            line.element(TAGS[third]);
        }
        line.closeArray();
        int pq = 4;
        return first == pq || second == pq || third == pq;
    }

    /** An action later than "now" has not happened yet. */
    private long cap(long at) {
        return at < ctx.now ? at : -1;
    }
}
