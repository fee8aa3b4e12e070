package app.frontline.metric.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings to dense codes 0, 1, 2... and back, in about 25 bytes per string: the UTF-8 bytes in one
 * arena, an open-addressing table of codes. A code is never given back, so a record that comes
 * again gets the same code. Not thread-safe: the {@link FactStore}'s lock guards it.
 */
final class Interner implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    private byte[] arena = new byte[1 << 12];
    private int arenaSize;
    private int[] offsets = new int[256];
    private int[] hashes = new int[256];
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
            if (hashes[code] == hash && same(code, bytes)) {
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
            offsets = Arrays.copyOf(offsets, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        if (arenaSize + bytes.length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + bytes.length));
        }
        System.arraycopy(bytes, 0, arena, arenaSize, bytes.length);
        int code = size++;
        offsets[code] = arenaSize;
        hashes[code] = hash;
        arenaSize += bytes.length;
        if (size * 2 > table.length) {
            rehash(table.length * 2);
        } else {
            place(code);
        }
        return code;
    }

    private void rehash(int capacity) {
        table = new int[capacity];
        for (int code = 0; code < size; code++) {
            place(code);
        }
    }

    private void place(int code) {
        int mask = table.length - 1;
        int slot = hashes[code] & mask;
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
        return arena.length + 4L * (offsets.length + hashes.length + table.length);
    }

    // the snapshot's view
    byte[] arena() {
        return Arrays.copyOf(arena, arenaSize);
    }

    int[] offsets() {
        return Arrays.copyOf(offsets, size);
    }

    static Interner restore(byte[] arena, int[] offsets) {
        Interner interner = new Interner();
        interner.arena = arena.length == 0 ? new byte[16] : arena;
        interner.arenaSize = arena.length;
        interner.size = offsets.length;
        interner.offsets = Arrays.copyOf(offsets, Math.max(16, offsets.length));
        interner.hashes = new int[interner.offsets.length];
        for (int code = 0; code < interner.size; code++) {
            int from = offsets[code];
            int to = code + 1 < interner.size ? offsets[code + 1] : arena.length;
            interner.hashes[code] = hash(Arrays.copyOfRange(arena, from, to));
        }
        interner.rehash(Integer.highestOneBit(Math.max(16, interner.size * 2)) * 2);
        return interner;
    }
}
