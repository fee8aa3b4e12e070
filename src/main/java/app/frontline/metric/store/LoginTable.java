package app.frontline.metric.store;

import java.util.Arrays;

/** Agents' logins, by at. */
final class LoginTable extends Table {

    int[] agent = new int[16];

    @Override
    void grow(int capacity) {
        agent = Arrays.copyOf(agent, capacity);
    }

    @Override
    void reorder(int[] order) {
        agent = Columns.gather(agent, order, order.length);
    }

    @Override
    long columnBytes() {
        return 4L * agent.length;
    }
}
