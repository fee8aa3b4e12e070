package app.frontline.metric.store;

import java.util.Arrays;

/** Survey answers, by at; team, agent, channel and tags come from the conversation as it is now. */
final class SurveyTable extends Table {

    byte[] kind = new byte[16];
    byte[] score = new byte[16];
    int[] conversation = new int[16];

    @Override
    void grow(int capacity) {
        kind = Arrays.copyOf(kind, capacity);
        score = Arrays.copyOf(score, capacity);
        conversation = Arrays.copyOf(conversation, capacity);
    }

    @Override
    void reorder(int[] order) {
        int n = order.length;
        kind = Columns.gather(kind, order, n);
        score = Columns.gather(score, order, n);
        conversation = Columns.gather(conversation, order, n);
    }

    @Override
    long columnBytes() {
        return 6L * kind.length;
    }
}
