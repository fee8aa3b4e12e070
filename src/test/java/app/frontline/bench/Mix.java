package app.frontline.bench;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which requests a timing sends: the same dashboard again and again (what shared work can reuse),
 * or distinct ones, each shifted one more day back than the one before, so no two are alike (what
 * the engine itself costs). Each system times a new Mix, so both get the same sequence.
 */
final class Mix {

    private final DashboardRequest base;
    private final boolean distinct;
    private final AtomicInteger shift = new AtomicInteger();

    private Mix(DashboardRequest base, boolean distinct) {
        this.base = base;
        this.distinct = distinct;
    }

    static Mix same(DashboardRequest base) {
        return new Mix(base, false);
    }

    static Mix distinct(DashboardRequest base) {
        return new Mix(base, true);
    }

    /** The next request; thread-safe. Distinct requests start one day before the base. */
    DashboardRequest next() {
        return distinct ? base.shifted(shift.incrementAndGet()) : base;
    }
}
