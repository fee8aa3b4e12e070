package app.frontline.demo;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Survey answers for today's resolved conversations (sent some minutes to a day after
 * resolution), plus a trickle of relationship NPS surveys tied to no conversation.
 */
final class SurveyMaker {

    private static final String[] PRAISE = {"Quick and friendly, thank you!", "Solved in one go.",
        "Sehr gut, danke!", "Très rapide 👍", "Agent went the extra mile.", "Exactly what I needed."};
    private static final String[] COMPLAINTS = {"Took far too long to get an answer.",
        "I had to explain my problem \"three\" times.", "Still waiting for my refund.",
        "The bot was useless;\nthe human was fine.", "Nobody told me the parcel was lost."};

    private final Context ctx;
    private long seq;

    SurveyMaker(Context ctx) {
        this.ctx = ctx;
    }

    void writeDay(int day, FollowUps followUps) throws IOException {
        Rng rng = ctx.rng;
        for (FollowUps.SurveyInvite invite : followUps.surveys) {
            long at = invite.after() + 60 + Math.round(rng.logNormal(40 * 60, 1.0));
            if (at < ctx.now) {
                write(invite.conversationId(), invite.kind(), at, invite.quality());
            }
        }
        long relationship = Math.round(ctx.volume.conversations[day] * 0.01);
        long dayStart = ctx.date(day).atStartOfDay(ctx.storeZone()).toEpochSecond();
        for (long i = 0; i < relationship; i++) {
            long at = dayStart + rng.between(8 * 3600, 22 * 3600);
            if (at < ctx.now) {
                write(null, SurveyKind.NPS, at, 0.7);
            }
        }
    }

    private void write(@Nullable String conversationId, SurveyKind kind, long at, double quality) throws IOException {
        Rng rng = ctx.rng;
        boolean good = rng.chance(quality);
        JsonLine line = ctx.line.begin("survey", "s-" + ++seq);
        if (conversationId != null) {
            line.str("conversationId", conversationId);
        }
        line.str("kind", kind.json).num("score", kind.score(rng, good))
            .time("at", at, TimeStyle.draw(rng, ctx.offsets(ctx.storeZone())));
        if (rng.chance(0.18)) {
            line.str("comment", good ? rng.pick(PRAISE) : rng.pick(COMPLAINTS));
        }
        ctx.write();
        ctx.surveys++;
    }
}
