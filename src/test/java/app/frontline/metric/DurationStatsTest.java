package app.frontline.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Median and 90th percentile by nearest rank, found by selection: the same as reading a sorted copy. */
class DurationStatsTest {

    @Test
    void handWorked() {
        // 10 values: median at rank ⌈5⌉ = 5th (5 s), p90 at rank ⌈9⌉ = 9th (9 s); mean 5.5 s
        DurationStats stats = DurationStats.of(new long[] {10_000, 1_000, 9_000, 2_000, 8_000, 3_000, 7_000, 4_000,
                6_000, 5_000}, 10);
        assertThat(stats.median()).isEqualTo(5.0);
        assertThat(stats.p90()).isEqualTo(9.0);
        assertThat(stats.mean()).isEqualTo(5.5);
        // one value: every rank is that value
        assertThat(DurationStats.of(new long[] {42_000}, 1).p90()).isEqualTo(42.0);
    }

    @Test
    void equalsTheSortedRanksOnRandomInput() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            int n = 1 + random.nextInt(200);
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                // few distinct values too: ties around the ranks
                values[i] = random.nextBoolean() ? random.nextInt(5) * 1000L : random.nextInt(1_000_000);
            }
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            DurationStats stats = DurationStats.of(values, n);
            assertThat(stats.median()).isEqualTo(sorted[(50 * n + 99) / 100 - 1] / 1000.0);
            assertThat(stats.p90()).isEqualTo(sorted[(90 * n + 99) / 100 - 1] / 1000.0);
        }
    }
}
