package app.frontline.demo;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** What every part of one generation run shares: options, randomness, the output and counts. */
final class Context {

    final DemoOptions options;
    final Rng rng;
    final Roster roster;
    final Customers customers;
    final DailyVolume volume;
    final Shifts shifts;
    final JsonLine line = new JsonLine();
    /** Start of the first day and end of the last day in the store zone; nothing is later. */
    final long start;
    final long now;
    private final Writer out;
    private final Map<ZoneId, HourlyOffsets> offsets = new HashMap<>();
    long teams;
    long agents;
    long logins;
    long conversations;
    long surveys;
    long orders;

    Context(DemoOptions options, Writer out) {
        this.options = options;
        this.out = out;
        this.rng = new Rng(options.seed());
        this.roster = new Roster(rng, options.days());
        this.customers = new Customers(options.seed());
        this.volume = new DailyVolume(options, rng);
        this.shifts = new Shifts(this);
        this.start = options.firstDay().atStartOfDay(options.storeZone()).toEpochSecond();
        this.now = options.lastDay().plusDays(1).atStartOfDay(options.storeZone()).toEpochSecond();
    }

    void write() throws IOException {
        line.writeTo(out);
    }

    HourlyOffsets offsets(ZoneId zone) {
        // a day's margin each side: far zones' days start before and end after the store's
        return offsets.computeIfAbsent(zone, z -> new HourlyOffsets(z, start - 86_400, now + 86_400));
    }

    LocalDate date(int day) {
        return options.firstDay().plusDays(day);
    }

    ZoneId storeZone() {
        return options.storeZone();
    }

    /** The day index an instant falls on (store zone, near enough for picking who was at work). */
    int dayOf(long epochSecond) {
        return (int) Math.min(options.days() - 1L, Math.max(0, (epochSecond - start) / 86_400));
    }

    DemoSummary summary() {
        return new DemoSummary(teams, agents, logins, conversations, surveys, orders);
    }
}
