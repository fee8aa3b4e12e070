package app.frontline.metric.store;

import java.util.Arrays;

/** A growable list of ints: the rows of one day partition. */
final class IntList implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    int[] values;
    int size;

    IntList(int capacity) {
        values = new int[capacity];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.max(4, size + (size >> 1)));
        }
        values[size++] = value;
    }
}
