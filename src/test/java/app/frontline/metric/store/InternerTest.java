package app.frontline.metric.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Codes are dense, stable across the table's growth and trimming, and map back to their strings. */
class InternerTest {

    @Test
    void codesAreDenseStableAndReversible() {
        Interner interner = new Interner();
        for (int i = 0; i < 100_000; i++) {
            assertThat(interner.intern("c-" + i)).isEqualTo(i);
        }
        interner.trim();
        assertThat(interner.intern("c-12345")).isEqualTo(12_345);
        assertThat(interner.find("c-99999")).isEqualTo(99_999);
        assertThat(interner.find("c-100000")).isEqualTo(-1);
        assertThat(interner.get(4_242)).isEqualTo("c-4242");
        // non-ASCII and empty strings
        int empty = interner.intern("");
        int accented = interner.intern("zoë@shop.example");
        assertThat(interner.find("")).isEqualTo(empty);
        assertThat(interner.get(accented)).isEqualTo("zoë@shop.example");
        assertThat(interner.size()).isEqualTo(100_002);
    }
}
