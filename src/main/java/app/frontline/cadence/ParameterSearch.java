package app.frontline.cadence;

import java.util.Arrays;

/**
 * Chooses the smoothing parameters the way the forecast is used: by backtest. From each of the last
 * {@value #ORIGINS} week boundaries of the (cleaned) history, the model fitted on the days before
 * forecasts the next {@value #HORIZON} weeks (fewer near the end); the parameters with the least mean
 * absolute percentage error of those weekly totals win (ties: the first on the grid, i.e. the
 * smoother). The one-step squared error the older fit minimised rewards following every wiggle of
 * a day, which is not what a forecast four weeks out needs.
 */
final class ParameterSearch {

    static final int ORIGINS = 8;
    static final int HORIZON = 4;
    /** Weeks the first origin needs before it: two to start the model, one to learn from. */
    static final int MIN_WEEKS_BEFORE_ORIGIN = 3;
    private static final int DAYS = 7;

    private ParameterSearch() {
    }

    /** Whether the history is long enough for a backtest choice (else least squares decides). */
    static boolean canBacktest(int weeks) {
        return weeks >= MIN_WEEKS_BEFORE_ORIGIN + 1;
    }

    /** The best parameters' fit on the whole series. */
    static HoltWinters.Fit fit(double[] y) {
        int weeks = y.length / DAYS;
        if (!canBacktest(weeks)) {
            return HoltWinters.fit(y, DAYS);
        }
        double bestError = Double.MAX_VALUE;
        double[] best = null;
        for (double alpha : HoltWinters.ALPHAS) {
            for (double beta : HoltWinters.BETAS) {
                for (double gamma : HoltWinters.GAMMAS) {
                    for (double phi : HoltWinters.PHIS) {
                        double error = backtestError(y, weeks, alpha, beta, gamma, phi);
                        if (error < bestError - 1e-12) {
                            bestError = error;
                            best = new double[] {alpha, beta, gamma, phi};
                        }
                    }
                }
            }
        }
        return HoltWinters.run(y, DAYS, best[0], best[1], best[2], best[3]);
    }

    /** Mean absolute percentage error of the weekly totals over every origin and horizon. */
    static double backtestError(double[] y, int weeks, double alpha, double beta, double gamma, double phi) {
        double errors = 0;
        int counted = 0;
        for (int origin = Math.max(MIN_WEEKS_BEFORE_ORIGIN, weeks - ORIGINS); origin < weeks; origin++) {
            int ahead = Math.min(HORIZON, weeks - origin);
            double[] predicted = Forecasts.weekly(HoltWinters.run(Arrays.copyOf(y, origin * DAYS), DAYS, alpha, beta,
                    gamma, phi).forecast(ahead * DAYS));
            for (int w = 0; w < ahead; w++) {
                double actual = 0;
                for (int d = (origin + w) * DAYS; d < (origin + w + 1) * DAYS; d++) {
                    actual += y[d];
                }
                if (actual > 0) {
                    errors += Math.abs(actual - predicted[w]) / actual;
                    counted++;
                }
            }
        }
        return counted == 0 ? 0 : errors / counted;
    }
}
