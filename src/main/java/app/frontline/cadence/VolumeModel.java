package app.frontline.cadence;

import java.util.Arrays;
import java.util.Random;

/**
 * The forecast's arithmetic on a daily series, apart from where the numbers come from: clean the
 * history ({@link HistoryCleaning}), choose parameters by backtest ({@link ParameterSearch}), forecast
 * weekly totals with an {@value #LEVEL_PERCENT} % prediction interval, and backtest the whole recipe
 * against a seasonal-naive baseline.
 *
 * <p>The interval comes from {@value #PATHS} simulated futures of the fitted model: each day's error
 * is drawn from the model's own one-day-ahead errors on the cleaned history (a bootstrap, so no
 * normal distribution is assumed) and fed back through the smoothing equations; each week's band is
 * the 10th to 90th percentile of the simulated weekly totals. The seed is fixed, so the same history
 * always gives the same band. Surges are not in it: they were cleaned out of the errors, and no
 * model of this history can say when the next one comes.
 */
final class VolumeModel {

    static final int LEVEL_PERCENT = 80;
    static final int PATHS = 1000;
    private static final int DAYS = 7;
    private static final long SEED = 20261202L;

    /** A forecast of {@code weeks} weekly totals with their band. */
    record Result(HistoryCleaning.Cleaned cleaned, HoltWinters.Fit fit, double[] weeks, double[] lower,
            double[] upper) {
    }

    /**
     * The recipe fitted without the last {@code weeks} weeks against what happened in them, and the
     * seasonal-naive baseline on the same weeks: each week forecast as the last (cleaned) week before
     * them.
     */
    record Backtest(double[] actual, Result model, double[] baseline, double mape, double baselineMape) {
    }

    private VolumeModel() {
    }

    /** y: whole weeks of daily counts; surge and holiday flag days to clean. Needs two weeks. */
    static Result forecast(double[] y, boolean[] surge, boolean[] holiday, int weeks) {
        HistoryCleaning.Cleaned cleaned = HistoryCleaning.clean(y, surge, holiday);
        HoltWinters.Fit fit = ParameterSearch.fit(cleaned.values());
        double[] ahead = Forecasts.weekly(fit.forecast(weeks * DAYS));
        double[] lower = new double[weeks];
        double[] upper = new double[weeks];
        double[][] simulated = new double[weeks][PATHS];
        HoltWinters.Fit sampled = fit.residuals().length > 2 * DAYS ? withoutFirstWeek(fit) : fit;
        Random random = new Random(SEED);
        for (int p = 0; p < PATHS; p++) {
            double[] path = Forecasts.weekly(sampled.simulate(weeks * DAYS, random));
            for (int w = 0; w < weeks; w++) {
                simulated[w][p] = path[w];
            }
        }
        double tail = (100 - LEVEL_PERCENT) / 200.0;
        for (int w = 0; w < weeks; w++) {
            Arrays.sort(simulated[w]);
            lower[w] = Math.min(ahead[w], quantile(simulated[w], tail));
            upper[w] = Math.max(ahead[w], quantile(simulated[w], 1 - tail));
        }
        return new Result(cleaned, fit, ahead, lower, upper);
    }

    static Backtest backtest(double[] y, boolean[] surge, boolean[] holiday, int weeks) {
        int split = y.length - weeks * DAYS;
        Result model = forecast(Arrays.copyOf(y, split), Arrays.copyOf(surge, split), Arrays.copyOf(holiday, split),
                weeks);
        double[] clean = model.cleaned().values();
        double last = 0;
        for (int d = split - DAYS; d < split; d++) {
            last += clean[d];
        }
        double[] actual = new double[weeks];
        double[] baseline = new double[weeks];
        for (int w = 0; w < weeks; w++) {
            for (int d = split + w * DAYS; d < split + (w + 1) * DAYS; d++) {
                actual[w] += y[d];
            }
            baseline[w] = last;
        }
        return new Backtest(actual, model, baseline, mape(actual, model.weeks()), mape(actual, baseline));
    }

    /** Mean absolute percentage error, weeks with nothing left out; NaN when every week is empty. */
    static double mape(double[] actual, double[] predicted) {
        double errors = 0;
        int counted = 0;
        for (int w = 0; w < actual.length; w++) {
            if (actual[w] > 0) {
                errors += Math.abs(actual[w] - predicted[w]) / actual[w];
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : 100 * errors / counted;
    }

    /** The start-up week's errors reflect the initial guess, not the model: not resampled. */
    private static HoltWinters.Fit withoutFirstWeek(HoltWinters.Fit f) {
        return new HoltWinters.Fit(f.seasonLength(), f.alpha(), f.beta(), f.gamma(), f.phi(), f.sse(), f.level(), f.trend(),
                f.season(), f.observations(), Arrays.copyOfRange(f.residuals(), DAYS, f.residuals().length));
    }

    /** Linear interpolation between order statistics (sorted input). */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
