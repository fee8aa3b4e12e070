package app.frontline.metric.store;

import java.util.Arrays;

/** Growing and reordering primitive columns. */
final class Columns {

    private Columns() {
    }

    static int grown(int length, int needed) {
        return Math.max(needed, Math.max(16, length + (length >> 1)));
    }

    static long[] fill(long[] column, int from, long value) {
        Arrays.fill(column, from, column.length, value);
        return column;
    }

    static int[] fill(int[] column, int from, int value) {
        Arrays.fill(column, from, column.length, value);
        return column;
    }

    static long[] gather(long[] column, int[] order, int size) {
        long[] result = new long[Math.max(16, size)];
        for (int i = 0; i < size; i++) {
            result[i] = column[order[i]];
        }
        return result;
    }

    static int[] gather(int[] column, int[] order, int size) {
        int[] result = new int[Math.max(16, size)];
        for (int i = 0; i < size; i++) {
            result[i] = column[order[i]];
        }
        return result;
    }

    static byte[] gather(byte[] column, int[] order, int size) {
        byte[] result = new byte[Math.max(16, size)];
        for (int i = 0; i < size; i++) {
            result[i] = column[order[i]];
        }
        return result;
    }
}
