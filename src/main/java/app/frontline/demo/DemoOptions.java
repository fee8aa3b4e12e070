package app.frontline.demo;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What to generate: {@code conversations} and {@code orders} spread over the {@code days} calendar
 * dates ending with {@code lastDay} (in {@code storeZone}); nothing is stamped after the end of
 * {@code lastDay}. Equal options give byte-identical output.
 */
public record DemoOptions(long conversations, long orders, long seed, LocalDate lastDay, int days,
                          ZoneId storeZone) {

    public static final long DEFAULT_CONVERSATIONS = 40_000;
    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_DAYS = 120;
    public static final ZoneId DEFAULT_STORE_ZONE = ZoneId.of("Europe/Amsterdam");
    /** Orders per conversation when only a size is given. */
    static final double ORDERS_PER_CONVERSATION = 1.0;

    public DemoOptions {
        if (conversations < 0 || orders < 0) {
            throw new IllegalArgumentException("conversations and orders must be >= 0");
        }
        if (days < 1 || days > 3660) {
            throw new IllegalArgumentException("days must be between 1 and 3660");
        }
    }

    /** 40,000 conversations and as many orders over the 120 days up to {@code lastDay}, seed 42. */
    public static DemoOptions defaults(LocalDate lastDay) {
        return new DemoOptions(DEFAULT_CONVERSATIONS, ordersFor(DEFAULT_CONVERSATIONS), DEFAULT_SEED,
                lastDay, DEFAULT_DAYS, DEFAULT_STORE_ZONE);
    }

    /** {@code conversations} conversations, with the order count scaled to match. */
    public DemoOptions withSize(long conversations) {
        return new DemoOptions(conversations, ordersFor(conversations), seed, lastDay, days, storeZone);
    }

    public DemoOptions withOrders(long orders) {
        return new DemoOptions(conversations, orders, seed, lastDay, days, storeZone);
    }

    public DemoOptions withSeed(long seed) {
        return new DemoOptions(conversations, orders, seed, lastDay, days, storeZone);
    }

    public DemoOptions withDays(int days) {
        return new DemoOptions(conversations, orders, seed, lastDay, days, storeZone);
    }

    public DemoOptions withLastDay(LocalDate lastDay) {
        return new DemoOptions(conversations, orders, seed, lastDay, days, storeZone);
    }

    public DemoOptions withStoreZone(ZoneId storeZone) {
        return new DemoOptions(conversations, orders, seed, lastDay, days, storeZone);
    }

    LocalDate firstDay() {
        return lastDay.minusDays(days - 1L);
    }

    private static long ordersFor(long conversations) {
        return Math.round(conversations * ORDERS_PER_CONVERSATION);
    }
}
