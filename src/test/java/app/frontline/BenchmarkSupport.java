package app.frontline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What the benchmarks share: the application on a fresh durable store, heap and load figures. */
public final class BenchmarkSupport {

    private BenchmarkSupport() {
    }

    /**
     * The application without its web layer and UI, on a durable embedded store (journal with
     * fsync) in {@code data}, without demo data; {@code extra} are more command-line properties.
     */
    public static ConfigurableApplicationContext start(Path data, String... extra) {
        return start(WebApplicationType.NONE, data, extra);
    }

    /**
     * The same with its web server (no UI) on a random port of the loopback interface only: for
     * benchmarks that reach the application over HTTP.
     */
    public static ConfigurableApplicationContext startWeb(Path data, String... extra) {
        String[] args = java.util.Arrays.copyOf(extra, extra.length + 2);
        args[extra.length] = "--server.port=0";
        args[extra.length + 1] = "--server.address=127.0.0.1";
        return start(WebApplicationType.SERVLET, data, args);
    }

    private static ConfigurableApplicationContext start(WebApplicationType type, Path data, String... extra) {
        String[] args = new String[5 + extra.length];
        args[0] = "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration";
        args[1] = "--frontline.store.durable=true";
        args[2] = "--frontline.store.fsync=true";
        args[3] = "--frontline.store.data-dir=" + data;
        args[4] = "--frontline.demo.enabled=false";
        System.arraycopy(extra, 0, args, 5, extra.length);
        return new SpringApplicationBuilder(FrontlineApplication.class)
                .web(type)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args);
    }

    /** Heap in use after three full collections. */
    public static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The machine's 1, 5 and 15 minute load averages: how quiet the run was. */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The process's resident memory (Linux), 0 where it cannot be read. */
    public static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: the row says 0
        }
        return 0;
    }

    public static double seconds(long sinceNanos) {
        return Math.max(1e-3, (System.nanoTime() - sinceNanos) / 1e9);
    }
}
