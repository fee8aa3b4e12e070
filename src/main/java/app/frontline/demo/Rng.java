package app.frontline.demo;

import java.util.SplittableRandom;

/**
 * The one source of randomness. SplittableRandom's algorithm is specified, so a seed gives the
 * same sequence on every JDK: the basis of byte-identical output.
 */
final class Rng {

    private final SplittableRandom random;

    Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double uniform() {
        return random.nextDouble();
    }

    /** Uniform in {@code [from, to]}. */
    int between(int from, int to) {
        return random.nextInt(from, to + 1);
    }

    long between(long from, long to) {
        return random.nextLong(from, to + 1);
    }

    double gaussian() {
        return random.nextGaussian();
    }

    /** Right-skewed positive values around {@code median}: waiting times, order totals. */
    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** An index drawn with the given relative weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A stable 64-bit hash (SplitMix64's finaliser) for values derived from ids, not drawn. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
