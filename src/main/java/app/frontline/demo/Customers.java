package app.frontline.demo;

import java.util.Arrays;
import java.util.Locale;

/**
 * The customer population without a table: customers are numbered as they first appear and a
 * number turns into the same e-mail every time, so the only state is a counter. Returning
 * customers are drawn from the numbers seen so far, which makes "new vs existing" arise by itself.
 */
final class Customers {

    private static final String[] DOMAINS = {"mail.example", "inbox.example", "post.example",
        "webmail.example", "fastmail.example"};

    /** Name parts as they appear in addresses, worked out once: this runs for every record. */
    private static final String[] FIRST = Arrays.stream(Roster.FIRST).map(Customers::local).toArray(String[]::new);
    private static final String[] LAST = Arrays.stream(Roster.LAST).map(Customers::local).toArray(String[]::new);

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
        String first = FIRST[(int) Long.remainderUnsigned(h, FIRST.length)];
        String last = LAST[(int) Long.remainderUnsigned(h >>> 20, LAST.length)];
        String domain = DOMAINS[(int) Long.remainderUnsigned(h >>> 40, DOMAINS.length)];
        return first + (h < 0 ? "." : "_") + last + customer + "@" + domain;
    }

    private static String local(String name) {
        return Roster.ascii(name).replace(" ", "").replace("'", "");
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
