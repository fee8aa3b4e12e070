package app.frontline.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Times one system on one {@link Mix}: a few unmeasured warm-up requests, then one client sending
 * {@code requests} one after another, then {@code clients} clients at once, each sending
 * {@code perClient}.
 * Every loop is bounded by its count and by {@code maxSeconds} (the requests in flight finish). A
 * request that fails (an error, a timeout) is counted and reported, not timed, and the run goes on.
 */
final class Timing {

    /** Sends one request as client {@code client} (clients own their connection, if any). */
    @FunctionalInterface
    interface Target {
        void send(int client, DashboardRequest request) throws Exception;
    }

    /**
     * Latencies in milliseconds, the wall time they took and the process's CPU time meanwhile (both
     * systems run in this JVM, clients included: on a busy machine CPU per request is the steadier
     * figure).
     */
    record Run(double[] millis, double seconds, double cpuSeconds, int failures, String firstFailure) {

        double cpuMillisPerRequest() {
            return cpuSeconds * 1000 / millis.length;
        }

        double p(int percentile) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            int rank = (percentile * sorted.length + 99) / 100; // nearest rank
            return sorted.length == 0 ? Double.NaN : sorted[Math.max(rank, 1) - 1];
        }

        double perSecond() {
            return millis.length / seconds;
        }
    }

    record Result(Run one, Run many) {
    }

    private final int warmUp;
    private final int requests;
    private final int clients;
    private final int perClient;
    private final double maxSeconds;

    Timing(int warmUp, int requests, int clients, int perClient, double maxSeconds) {
        this.warmUp = warmUp;
        this.requests = requests;
        this.clients = clients;
        this.perClient = perClient;
        this.maxSeconds = maxSeconds;
    }


    Result time(Mix mix, Target target) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            target.send(0, mix.next());
        }
        long cpu = cpuNanos();
        Run timed = loop(mix, target, 0, requests, System.nanoTime());
        Run one = new Run(timed.millis(), timed.seconds(), (cpuNanos() - cpu) / 1e9, timed.failures(),
                timed.firstFailure());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            long cpuStart = cpuNanos();
            List<Future<Run>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> loop(mix, target, client, perClient, start)));
            }
            List<double[]> all = new ArrayList<>();
            int failures = 0;
            String firstFailure = "";
            for (Future<Run> f : futures) {
                Run run = f.get();
                all.add(run.millis());
                failures += run.failures();
                firstFailure = firstFailure.isEmpty() ? run.firstFailure() : firstFailure;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double[] millis = all.stream().flatMapToDouble(Arrays::stream).toArray();
            return new Result(one, new Run(millis, seconds, (cpuNanos() - cpuStart) / 1e9, failures, firstFailure));
        } finally {
            pool.shutdownNow();
        }
    }

    private Run loop(Mix mix, Target target, int client, int count, long start) throws Exception {
        double[] millis = new double[count];
        int n = 0;
        int failures = 0;
        String firstFailure = "";
        while (n + failures < count && (System.nanoTime() - start) / 1e9 < maxSeconds) {
            DashboardRequest request = mix.next();
            long t0 = System.nanoTime();
            try {
                target.send(client, request);
                millis[n++] = (System.nanoTime() - t0) / 1e6;
            } catch (Exception e) {
                failures++;
                firstFailure = firstFailure.isEmpty() ? request + ": " + e.getMessage() : firstFailure;
            }
        }
        return new Run(Arrays.copyOf(millis, n), (System.nanoTime() - start) / 1e9, 0, failures, firstFailure);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
