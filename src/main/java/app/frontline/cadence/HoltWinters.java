package app.frontline.cadence;

/**
 * Additive Holt-Winters (triple exponential smoothing): level, linear trend and a season of
 * {@code m} terms. Initial state from the first two seasons (level: the first season's mean; trend:
 * the change of the seasons' means per step; season terms: the first season's deviations from its
 * mean), then one update per observation from index m on. {@link #fit} picks α, β, γ on a grid by
 * the least sum of squared one-step-ahead errors.
 */
final class HoltWinters {

    private static final double[] ALPHAS = {0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    private static final double[] BETAS = {0.0, 0.01, 0.05, 0.1, 0.2};
    private static final double[] GAMMAS = {0.05, 0.1, 0.2, 0.3, 0.5};

    /** A fitted model: its parameters, its one-step squared error, and its state after the data. */
    record Fit(int seasonLength, double alpha, double beta, double gamma, double sse, double level, double trend,
            double[] season, int observations) {

        /** The next {@code horizon} values after the data. */
        double[] forecast(int horizon) {
            double[] out = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                out[h - 1] = level + h * trend + season[(observations - 1 + h) % seasonLength];
            }
            return out;
        }
    }

    private HoltWinters() {
    }

    /** The best fit on the grid; needs at least two seasons of data. */
    static Fit fit(double[] y, int m) {
        Fit best = null;
        for (double alpha : ALPHAS) {
            for (double beta : BETAS) {
                for (double gamma : GAMMAS) {
                    Fit fit = run(y, m, alpha, beta, gamma);
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
        if (y.length < 2 * m) {
            throw new IllegalArgumentException("Holt-Winters needs two seasons (" + 2 * m + " values), got " + y.length);
        }
        double first = mean(y, 0, m);
        double level = first;
        double trend = (mean(y, m, 2 * m) - first) / m;
        double[] season = new double[m];
        for (int i = 0; i < m; i++) {
            season[i] = y[i] - first;
        }
        double sse = 0;
        for (int t = m; t < y.length; t++) {
            int phase = t % m;
            double predicted = level + trend + season[phase];
            sse += (y[t] - predicted) * (y[t] - predicted);
            double previousLevel = level;
            level = alpha * (y[t] - season[phase]) + (1 - alpha) * (level + trend);
            trend = beta * (level - previousLevel) + (1 - beta) * trend;
            season[phase] = gamma * (y[t] - level) + (1 - gamma) * season[phase];
        }
        return new Fit(m, alpha, beta, gamma, sse, level, trend, season, y.length);
    }

    private static double mean(double[] y, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += y[i];
        }
        return sum / (to - from);
    }
}
