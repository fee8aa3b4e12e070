package app.frontline.metric.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings to dense codes 0, 1, 2... and back, in about 20 bytes per short string: the UTF-8 bytes
 * in one arena, their offsets, an open-addressing table of codes (filled to at most 70 %; a probe
 * compares lengths, then bytes; hashes are recomputed from the arena when the table grows). A code
 * is never given back, so a record that comes again gets the same code. Not thread-safe: the {@link FactStore}'s lock guards it.
 */
final class Interner implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    private byte[] arena = new byte[1 << 12];
    private int arenaSize;
    private int[] offsets = new int[256];
    private int size;
    /** code + 1 per slot; 0 is empty. */
    private int[] table = new int[512];

    int size() {
        return size;
    }

    /** The string's code, or -1. */
    int find(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return find(bytes, hash(bytes));
    }

    /** The string's code, given a new one if it has none. */
    int intern(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int hash = hash(bytes);
        int found = find(bytes, hash);
        return found >= 0 ? found : add(bytes, hash);
    }

    String get(int code) {
        int from = offsets[code];
        int to = code + 1 < size ? offsets[code + 1] : arenaSize;
        return new String(arena, from, to - from, StandardCharsets.UTF_8);
    }

    private int find(byte[] bytes, int hash) {
        int mask = table.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            int code = entry - 1;
            if (same(code, bytes)) {
                return code;
            }
        }
    }

    private boolean same(int code, byte[] bytes) {
        int from = offsets[code];
        int to = code + 1 < size ? offsets[code + 1] : arenaSize;
        return to - from == bytes.length && Arrays.equals(arena, from, to, bytes, 0, bytes.length);
    }

    private int add(byte[] bytes, int hash) {
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size + (size >> 1));
        }
        if (arenaSize + bytes.length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length + (arena.length >> 1), arenaSize + bytes.length));
        }
        System.arraycopy(bytes, 0, arena, arenaSize, bytes.length);
        int code = size++;
        offsets[code] = arenaSize;
        arenaSize += bytes.length;
        if (size * 10L > table.length * 7L) {
            rehash(table.length * 2);
        } else {
            place(code, hash);
        }
        return code;
    }

    private void rehash(int capacity) {
        table = new int[capacity];
        for (int code = 0; code < size; code++) {
            int from = offsets[code];
            int to = code + 1 < size ? offsets[code + 1] : arenaSize;
            place(code, hash(Arrays.copyOfRange(arena, from, to)));
        }
    }

    private void place(int code, int hash) {
        int mask = table.length - 1;
        int slot = hash & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = code + 1;
    }

    private static int hash(byte[] bytes) {
        int h = Arrays.hashCode(bytes);
        return h ^ (h >>> 16) * 0x45d9f3b;
    }

    /** Bytes held, for the memory figure. */
    long bytes() {
        return arena.length + 4L * (offsets.length + table.length);
    }

    /** Gives back the arrays' spare room. */
    void trim() {
        arena = Arrays.copyOf(arena, Math.max(16, arenaSize));
        offsets = Arrays.copyOf(offsets, Math.max(16, size));
    }
}
