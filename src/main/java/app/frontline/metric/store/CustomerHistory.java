package app.frontline.metric.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Per customer code, the creation times of their approved orders: what "new customer" and
 * "repurchase" need. The first two times sit in flat arrays; a customer with more orders also has
 * the whole sorted list, so removing one of the first two finds the next.
 */
final class CustomerHistory implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    private long[] first = new long[16];
    private long[] second = new long[16];
    private int[] count = new int[16];
    private final Map<Integer, long[]> more = new HashMap<>();

    /** Whether an approved order of the customer created at {@code at} is its customer's first. */
    boolean initial(int customer, long at) {
        return customer < 0 || customer >= count.length || count[customer] == 0 || first[customer] >= at;
    }

    /** Whether the customer had more than one approved order created before {@code end}. */
    boolean repurchased(int customer, long end) {
        return customer >= 0 && customer < count.length && count[customer] > 1 && second[customer] < end;
    }

    /**
     * Adds an approved order's time.
     *
     * @return whether other orders of the customer may have changed status (its first or second time moved while
     *     it has more than one order)
     */
    boolean add(int customer, long at) {
        ensure(customer);
        int n = count[customer];
        long oldFirst = first[customer];
        long oldSecond = second[customer];
        if (n == 0) {
            first[customer] = at;
        } else if (n == 1) {
            second[customer] = Math.max(at, first[customer]);
            first[customer] = Math.min(at, first[customer]);
        } else {
            long[] all = n == 2 ? new long[] {first[customer], second[customer]} : more.get(customer);
            long[] grown = Arrays.copyOf(all, n + 1);
            int i = n;
            while (i > 0 && grown[i - 1] > at) {
                grown[i] = grown[i - 1];
                i--;
            }
            grown[i] = at;
            more.put(customer, grown);
            first[customer] = grown[0];
            second[customer] = grown[1];
        }
        count[customer] = n + 1;
        return n >= 1 && (first[customer] != oldFirst || n >= 2 && second[customer] != oldSecond || n == 1);
    }

    /** Removes an approved order's time; see {@link #add} for the answer. */
    boolean remove(int customer, long at) {
        if (customer < 0 || customer >= count.length || count[customer] == 0) {
            return false;
        }
        int n = count[customer];
        long oldFirst = first[customer];
        long oldSecond = second[customer];
        if (n == 1) {
            count[customer] = 0;
            return false;
        }
        if (n == 2) {
            first[customer] = first[customer] == at ? second[customer] : first[customer];
        } else {
            long[] all = more.get(customer);
            int i = Arrays.binarySearch(all, at);
            if (i < 0) {
                return false;
            }
            long[] shrunk = new long[n - 1];
            System.arraycopy(all, 0, shrunk, 0, i);
            System.arraycopy(all, i + 1, shrunk, i, n - i - 1);
            if (shrunk.length == 2) {
                more.remove(customer);
            } else {
                more.put(customer, shrunk);
            }
            first[customer] = shrunk[0];
            second[customer] = shrunk[1];
        }
        count[customer] = n - 1;
        return first[customer] != oldFirst || second[customer] != oldSecond || n == 2;
    }

    private void ensure(int customer) {
        if (customer >= count.length) {
            int capacity = Columns.grown(count.length, customer + 1);
            first = Arrays.copyOf(first, capacity);
            second = Arrays.copyOf(second, capacity);
            count = Arrays.copyOf(count, capacity);
        }
    }

    long bytes() {
        long extra = 0;
        for (long[] times : more.values()) {
            extra += 16 + 8L * times.length + 48;
        }
        return 20L * count.length + extra;
    }

    // the snapshot's view: every customer's times, flattened
    int customers() {
        return count.length;
    }

    long[] times(int customer) {
        int n = customer < count.length ? count[customer] : 0;
        return switch (n) {
            case 0 -> new long[0];
            case 1 -> new long[] {first[customer]};
            case 2 -> new long[] {first[customer], second[customer]};
            default -> more.get(customer).clone();
        };
    }
}
