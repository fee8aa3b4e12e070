package app.frontline.metric.store;

import java.util.Arrays;

/**
 * Orders, by createdAt; only approved ones are listed in the day partitions (declined ones are kept
 * for their refunds and other actions). Money in the store's minor units.
 */
final class OrderTable extends Table {

    boolean[] approved = new boolean[16];
    long[] total = new long[16];
    long[] cogs = new long[16];
    long[] rebill = new long[16];
    long[] retry = new long[16];
    /** deliveredAt − createdAt, -1 for none. */
    long[] delivery = new long[16];
    int[] agent = new int[16];
    int[] customer = new int[16];
    int[] conversation = new int[16];
    /** The keys of the order's actions in the {@link ActionTable}: firstAction .. firstAction + actionCount − 1. */
    int[] firstAction = new int[16];
    int[] actionCount = new int[16];

    @Override
    void grow(int capacity) {
        approved = Arrays.copyOf(approved, capacity);
        total = Arrays.copyOf(total, capacity);
        cogs = Arrays.copyOf(cogs, capacity);
        rebill = Arrays.copyOf(rebill, capacity);
        retry = Arrays.copyOf(retry, capacity);
        delivery = Arrays.copyOf(delivery, capacity);
        agent = Arrays.copyOf(agent, capacity);
        customer = Arrays.copyOf(customer, capacity);
        conversation = Arrays.copyOf(conversation, capacity);
        firstAction = Arrays.copyOf(firstAction, capacity);
        actionCount = Arrays.copyOf(actionCount, capacity);
    }

    @Override
    void reorder(int[] order) {
        int n = order.length;
        boolean[] a = new boolean[Math.max(16, n)];
        for (int i = 0; i < n; i++) {
            a[i] = approved[order[i]];
        }
        approved = a;
        total = Columns.gather(total, order, n);
        cogs = Columns.gather(cogs, order, n);
        rebill = Columns.gather(rebill, order, n);
        retry = Columns.gather(retry, order, n);
        delivery = Columns.gather(delivery, order, n);
        agent = Columns.gather(agent, order, n);
        customer = Columns.gather(customer, order, n);
        conversation = Columns.gather(conversation, order, n);
        firstAction = Columns.gather(firstAction, order, n);
        actionCount = Columns.gather(actionCount, order, n);
    }

    void rescale(long factor) {
        for (int row = 0; row < size; row++) {
            total[row] = Math.multiplyExact(total[row], factor);
            cogs[row] = Math.multiplyExact(cogs[row], factor);
            rebill[row] = Math.multiplyExact(rebill[row], factor);
            retry[row] = Math.multiplyExact(retry[row], factor);
        }
    }

    @Override
    long columnBytes() {
        return approved.length + 8L * 5 * total.length + 4L * 5 * agent.length;
    }
}
