package app.frontline.metric.store;

import app.frontline.metric.measure.ActionRow.Kind;
import java.util.Arrays;

/**
 * Refunds, returns, chargebacks, reprocesses and cancels, by their own time. Each has a key of its
 * own, given in a run per order version, so a new version of an order retires its old actions.
 */
final class ActionTable extends Table {

    static final Kind[] KINDS = Kind.values();

    byte[] kind = new byte[16];
    int[] agent = new int[16];
    long[] amount = new long[16];
    int nextKey;

    @Override
    void grow(int capacity) {
        kind = Arrays.copyOf(kind, capacity);
        agent = Arrays.copyOf(agent, capacity);
        amount = Arrays.copyOf(amount, capacity);
    }

    @Override
    void reorder(int[] order) {
        int n = order.length;
        kind = Columns.gather(kind, order, n);
        agent = Columns.gather(agent, order, n);
        amount = Columns.gather(amount, order, n);
    }

    void rescale(long factor) {
        for (int row = 0; row < size; row++) {
            amount[row] = Math.multiplyExact(amount[row], factor);
        }
    }

    @Override
    long columnBytes() {
        return kind.length + 12L * agent.length;
    }
}
