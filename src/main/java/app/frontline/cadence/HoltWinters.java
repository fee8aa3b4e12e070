package app.frontline.cadence;

import java.util.Random;

/**
 * Additive Holt-Winters (triple exponential smoothing) with a damped trend: level, trend and a
 * season of {@code m} terms. Initial state from the first seasons (up to {@value #INIT_SEASONS}): a
 * line through their means gives level and trend, the mean deviation from it each season term;
 * then one update per observation from index m on. Parameters are chosen by
 * {@link ParameterSearch}; {@link #fit} keeps the older choice by least one-step squared error for
 * histories too short to backtest.
 */
final class HoltWinters {

    /**
     * The grid is coarse on purpose: on a few months of noisy daily counts a finer grid mostly
     * lets the backtest pick noise (measured on generated demo stores: no lower error, more spread).
     */
    static final double[] ALPHAS = {0.05, 0.1, 0.2, 0.4};
    static final double[] BETAS = {0.0, 0.005, 0.01};
    static final double[] GAMMAS = {0.05, 0.2, 0.5};
    /** Trend damping per day (φ): 1 keeps the trend linear, below 1 it fades over the weeks ahead. */
    static final double[] PHIS = {0.9, 0.98, 1.0};
    /** Weeks the starting line and season are taken from. */
    static final int INIT_SEASONS = 4;

    /**
     * A fitted model: its parameters, its one-step squared error, its state after the data and its
     * one-step errors (from index m on), which the prediction intervals resample.
     */
    record Fit(int seasonLength, double alpha, double beta, double gamma, double phi, double sse, double level, double trend,
            double[] season, int observations, double[] residuals) {

        /** The next {@code horizon} values after the data. */
        double[] forecast(int horizon) {
            double[] out = new double[horizon];
            double damped = 0;
            for (int h = 1; h <= horizon; h++) {
                damped += Math.pow(phi, h);
                out[h - 1] = level + damped * trend + season[(observations - 1 + h) % seasonLength];
            }
            return out;
        }

        /**
         * One possible future of {@code horizon} values: each step's error drawn from the model's
         * own one-step errors and fed back through the smoothing equations, as the model would
         * learn from it (so a high day lifts the level for the days after it).
         */
        double[] simulate(int horizon, Random random) {
            double l = level;
            double b = trend;
            double[] s = season.clone();
            double[] out = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                int phase = (observations + h) % seasonLength;
                double error = residuals.length == 0 ? 0 : residuals[random.nextInt(residuals.length)];
                double y = l + phi * b + s[phase] + error;
                double previous = l;
                l = alpha * (y - s[phase]) + (1 - alpha) * (l + phi * b);
                b = beta * (l - previous) + (1 - beta) * phi * b;
                s[phase] = gamma * (y - l) + (1 - gamma) * s[phase];
                out[h] = y;
            }
            return out;
        }
    }

    private HoltWinters() {
    }

    /** The fit with the least one-step squared error on the grid; needs at least two seasons of data. */
    static Fit fit(double[] y, int m) {
        Fit best = null;
        for (double alpha : ALPHAS) {
            for (double beta : BETAS) {
                for (double gamma : GAMMAS) {
                    Fit fit = run(y, m, alpha, beta, gamma, 1);
                    if (best == null || fit.sse() < best.sse() - 1e-9) {
                        best = fit;
                    }
                }
            }
        }
        return best;
    }

    /** One pass with fixed parameters. season[i % m] always holds the latest term of that phase. */
    static Fit run(double[] y, int m, double alpha, double beta, double gamma) {
        return run(y, m, alpha, beta, gamma, 1);
    }

    /** One pass with fixed parameters and trend damping phi (0: no trend, 1: linear). */
    static Fit run(double[] y, int m, double alpha, double beta, double gamma, double phi) {
        if (y.length < 2 * m) {
            throw new IllegalArgumentException("Holt-Winters needs two seasons (" + 2 * m + " values), got " + y.length);
        }
        // the start: a line through the weekly means of the first weeks (up to INIT_SEASONS), the
        // season as the mean deviation from that line; level and trend as at the end of the first week
        int seasons = Math.min(INIT_SEASONS, y.length / m);
        double[] means = new double[seasons];
        for (int k = 0; k < seasons; k++) {
            means[k] = mean(y, k * m, (k + 1) * m);
        }
        double centre = (seasons - 1) / 2.0;
        double sxy = 0;
        double sxx = 0;
        double all = mean(means, 0, seasons);
        for (int k = 0; k < seasons; k++) {
            sxy += (k - centre) * (means[k] - all);
            sxx += (k - centre) * (k - centre);
        }
        double trend = sxx == 0 ? 0 : sxy / sxx / m;
        double[] season = new double[m];
        for (int i = 0; i < m; i++) {
            double sum = 0;
            for (int k = 0; k < seasons; k++) {
                sum += y[k * m + i] - (all + trend * ((k - centre) * m + i - (m - 1) / 2.0));
            }
            season[i] = sum / seasons;
        }
        double level = all + trend * ((0 - centre) * m + (m - 1) / 2.0);
        double sse = 0;
        double[] residuals = new double[y.length - m];
        for (int t = m; t < y.length; t++) {
            int phase = t % m;
            double predicted = level + phi * trend + season[phase];
            residuals[t - m] = y[t] - predicted;
            sse += (y[t] - predicted) * (y[t] - predicted);
            double previousLevel = level;
            level = alpha * (y[t] - season[phase]) + (1 - alpha) * (level + phi * trend);
            trend = beta * (level - previousLevel) + (1 - beta) * phi * trend;
            season[phase] = gamma * (y[t] - level) + (1 - gamma) * season[phase];
        }
        return new Fit(m, alpha, beta, gamma, phi, sse, level, trend, season, y.length, residuals);
    }

    private static double mean(double[] y, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += y[i];
        }
        return sum / (to - from);
    }
}
