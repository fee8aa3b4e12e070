package app.frontline.demo;

import java.util.Locale;

/**
 * The customer population without a table: customers are numbered as they first appear and a
 * number turns into the same e-mail every time, so the only state is a counter. Returning
 * customers are drawn from the numbers seen so far, which makes "new vs existing" arise by itself.
 */
final class Customers {

    private static final String[] DOMAINS = {"mail.example", "inbox.example", "post.example",
        "webmail.example", "fastmail.example"};

    private final long salt;
    private long seen;

    Customers(long seed) {
        this.salt = Rng.mix(seed ^ 0x5eed_c057L);
    }

    long fresh() {
        return seen++;
    }

    /**
     * Someone who has appeared before. A quarter of draws favour the oldest tenth (the loyal
     * core), the rest are spread evenly: a realistic long tail of one-off buyers.
     */
    long returning(Rng rng) {
        if (seen < 10) {
            return fresh();
        }
        if (rng.chance(0.25)) {
            return rng.between(0L, seen / 10);
        }
        return rng.between(0L, seen - 1);
    }

    String email(long customer) {
        long h = Rng.mix(salt ^ customer);
        String first = Roster.ascii(Roster.FIRST[(int) Long.remainderUnsigned(h, Roster.FIRST.length)]);
        String last = Roster.ascii(Roster.LAST[(int) Long.remainderUnsigned(h >>> 20, Roster.LAST.length)])
            .replace(" ", "").replace("'", "");
        String domain = DOMAINS[(int) Long.remainderUnsigned(h >>> 40, DOMAINS.length)];
        return first + (h < 0 ? "." : "_") + last + customer + "@" + domain;
    }

    /** As a source system stores it: usually clean, sometimes capitalised or padded. */
    String asTyped(long customer, Rng rng) {
        String email = email(customer);
        double x = rng.uniform();
        if (x < 0.86) {
            return email;
        }
        if (x < 0.93) {
            return Character.toUpperCase(email.charAt(0)) + email.substring(1);
        }
        if (x < 0.96) {
            return email.toUpperCase(Locale.ROOT);
        }
        return x < 0.98 ? " " + email : email + "  ";
    }
}
