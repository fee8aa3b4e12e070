package app.frontline.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a store's demo data as NDJSON: teams, agents, then day by day the logins,
 * conversations, surveys and orders of that day. Streams: memory follows one day's volume, so a
 * million conversations cost no more heap than a thousand per day would.
 */
public final class DemoDataGenerator {

    /** Called as the run passes each further tenth of its conversations and orders. */
    @FunctionalInterface
    public interface ProgressListener {
        void onProgress(int percent, DemoSummary soFar);
    }

    private final DemoOptions options;

    public DemoDataGenerator(DemoOptions options) {
        this.options = options;
    }

    /** Writes UTF-8 to {@code out}, flushing but not closing it. */
    public DemoSummary generate(OutputStream out) throws IOException {
        return generate(out, (percent, soFar) -> { });
    }

    public DemoSummary generate(OutputStream out, ProgressListener progress) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        DemoSummary summary = generate(writer, progress);
        writer.flush();
        return summary;
    }

    /** Writes to {@code out}, flushing but not closing it. */
    public DemoSummary generate(Writer out) throws IOException {
        return generate(out, (percent, soFar) -> { });
    }

    public DemoSummary generate(Writer out, ProgressListener progress) throws IOException {
        Context ctx = new Context(options, out);
        writeDirectory(ctx);
        ConversationMaker conversations = new ConversationMaker(ctx);
        SurveyMaker surveys = new SurveyMaker(ctx);
        OrderMaker orders = new OrderMaker(ctx);
        FollowUps followUps = new FollowUps();
        double planned = Math.max(1, options.conversations() + options.orders());
        int reported = 0;
        for (int day = 0; day < options.days(); day++) {
            ctx.shifts.writeDay(day);
            conversations.writeDay(day, followUps);
            surveys.writeDay(day, followUps);
            orders.writeDay(day, followUps);
            followUps.clear();
            int percent = day == options.days() - 1 ? 100
                : (int) Math.min(99, (ctx.conversations + ctx.orders) * 100 / planned);
            if (percent / 10 > reported / 10) {
                reported = percent;
                progress.onProgress(percent / 10 * 10, ctx.summary());
            }
        }
        out.flush();
        return ctx.summary();
    }

    private static void writeDirectory(Context ctx) throws IOException {
        for (DemoTeam team : ctx.roster.teams) {
            ctx.line.begin("team", team.id()).str("name", team.name()).str("timeZone", team.zone().getId())
                .num("slaFirstReplyMinutes", team.slaMinutes());
            ctx.write();
            ctx.teams++;
        }
        for (DemoAgent agent : ctx.roster.agents) {
            JsonLine line = ctx.line.begin("agent", agent.id()).str("name", agent.name());
            if (agent.email() != null) {
                line.str("email", agent.email());
            }
            line.str("teamId", agent.team().id());
            if (!agent.active()) {
                line.bool("active", false);
            } else if (agent.index() % 10 == 3) {
                line.bool("active", true); // some sources spell out the default
            }
            ctx.write();
            ctx.agents++;
        }
    }
}
