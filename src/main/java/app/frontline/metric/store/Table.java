package app.frontline.metric.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Rows of one kind of fact, appended and never changed: a new version of a record appends a new
 * row and retires the old one (its key no longer points at it). Each row that counts is listed in
 * the partition of its UTC day. Subclasses hold the columns and reorder them on {@link #compact}.
 */
abstract class Table implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    static final long DAY = 86_400_000L;

    int size;
    int[] key = new int[16];
    long[] time = new long[16];
    int[] rowOfKey = Columns.fill(new int[16], 0, -1);
    int retired;
    final Map<Long, IntList> days = new HashMap<>();

    final boolean alive(int row) {
        int k = key[row];
        return k < rowOfKey.length && rowOfKey[k] == row;
    }

    /** The live row of a record, or -1. */
    final int rowOf(int recordKey) {
        return recordKey >= 0 && recordKey < rowOfKey.length ? rowOfKey[recordKey] : -1;
    }

    /** Appends a row for the record (retiring its earlier row) at {@code at}; listed in its day when {@code listed}. */
    final int append(int recordKey, long at, boolean listed) {
        retire(recordKey);
        if (size == key.length) {
            int capacity = Columns.grown(size, size + 1);
            key = Arrays.copyOf(key, capacity);
            time = Arrays.copyOf(time, capacity);
            grow(capacity);
        }
        if (recordKey >= rowOfKey.length) {
            int old = rowOfKey.length;
            rowOfKey = Columns.fill(Arrays.copyOf(rowOfKey, Columns.grown(old, recordKey + 1)), old, -1);
        }
        int row = size++;
        key[row] = recordKey;
        time[row] = at;
        rowOfKey[recordKey] = row;
        if (listed) {
            days.computeIfAbsent(Math.floorDiv(at, DAY), d -> new IntList(16)).add(row);
        }
        return row;
    }

    /** Retires the record's row, if it has one; returns it. */
    final int retire(int recordKey) {
        int row = rowOf(recordKey);
        if (row >= 0) {
            rowOfKey[recordKey] = -1;
            retired++;
        }
        return row;
    }

    /** Whether retired rows are worth dropping: more than a third of the table. */
    final boolean wasteful() {
        return retired > 50_000 && retired * 3L > size;
    }

    /** The live rows, day by day: the order a compacted table keeps them in. */
    final int[] liveOrder() {
        int[] order = new int[size - retired];
        int n = 0;
        long[] sortedDays = days.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        boolean[] seen = new boolean[size];
        for (long day : sortedDays) {
            IntList rows = days.get(day);
            for (int i = 0; i < rows.size; i++) {
                int row = rows.values[i];
                if (alive(row) && !seen[row]) {
                    seen[row] = true;
                    order[n++] = row;
                }
            }
        }
        // unlisted live rows (a declined order kept for its actions)
        for (int row = 0; row < size; row++) {
            if (!seen[row] && alive(row)) {
                order[n++] = row;
            }
        }
        return Arrays.copyOf(order, n);
    }

    /**
     * Drops retired rows: keeps the rows of {@code order} in that order, re-lists the days.
     *
     * @return the new row of each old row (-1 for a dropped one)
     */
    int[] compact(int[] order) {
        int[] newRow = Columns.fill(new int[size], 0, -1);
        for (int i = 0; i < order.length; i++) {
            newRow[order[i]] = i;
        }
        Map<Long, IntList> relisted = new HashMap<>();
        for (Map.Entry<Long, IntList> day : days.entrySet()) {
            IntList rows = day.getValue();
            IntList kept = new IntList(Math.max(4, rows.size));
            for (int i = 0; i < rows.size; i++) {
                int row = rows.values[i];
                if (alive(row)) {
                    kept.add(newRow[row]);
                }
            }
            if (kept.size > 0) {
                java.util.Arrays.sort(kept.values, 0, kept.size);
                relisted.put(day.getKey(), kept);
            }
        }
        days.clear();
        days.putAll(relisted);
        key = Columns.gather(key, order, order.length);
        time = Columns.gather(time, order, order.length);
        reorder(order);
        size = order.length;
        retired = 0;
        for (int i = 0; i < size; i++) {
            rowOfKey[key[i]] = i;
        }
        return newRow;
    }

    abstract void grow(int capacity);

    abstract void reorder(int[] order);

    /** Bytes held by the table's columns and partitions, for the memory figure. */
    long bytes() {
        long partitions = 0;
        for (IntList rows : days.values()) {
            partitions += 16 + 4L * rows.values.length + 48;
        }
        return 12L * key.length + 4L * rowOfKey.length + partitions + columnBytes();
    }

    abstract long columnBytes();
}
