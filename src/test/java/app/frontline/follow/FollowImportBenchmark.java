package app.frontline.follow;

import app.frontline.FrontlineApplication;
import app.frontline.demo.DemoDataGenerator;
import app.frontline.demo.DemoOptions;
import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.ImportSummary;
import app.frontline.ingest.RecordImporter;
import app.frontline.metric.KpiEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What following costs an import (not a test): the same demo records imported into a fresh
 * in-memory embedded store with the follower off, on (the instance's own echo), and on with a
 * second instance joined (which must catch up: how long after the import ends it has applied
 * everything). Run with {@code java -Xmx6g -cp <test classpath> app.frontline.follow.FollowImportBenchmark [size]}.
 */
public final class FollowImportBenchmark {

    private static final String NO_VAADIN = "--spring.autoconfigure.exclude="
            + "com.vaadin.flow.spring.SpringBootAutoConfiguration,com.vaadin.flow.spring.SpringSecurityAutoConfiguration";

    private FollowImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long size = args.length > 0 ? Long.parseLong(args[0]) : 40_000;
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        long records = new DemoDataGenerator(DemoOptions.defaults(LocalDate.of(2026, 11, 22)).withSize(size))
                .generate(ndjson).total();
        byte[] data = ndjson.toByteArray();
        for (String mode : new String[] {"off", "on", "on+joined"}) {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            try (var host = start("--frontline.follow.enabled=" + !mode.equals("off"),
                    "--frontline.store.listen=127.0.0.1:" + port);
                    var joined = mode.equals("on+joined")
                            ? start("--spring.mongodb.uri=mongodb://127.0.0.1:" + port + "/frontline") : null) {
                awaitReady(host);
                if (joined != null) {
                    awaitReady(joined);
                }
                long cpuStarted = cpuNanos();
                long started = System.nanoTime();
                ImportSummary summary = host.getBean(RecordImporter.class).importNdjson(new ByteArrayInputStream(data),
                        ImportProgress.NONE);
                double seconds = (System.nanoTime() - started) / 1e9;
                String extra = "";
                if (!mode.equals("off")) {
                    ChangeFollower own = host.getBean(ChangeFollower.class);
                    long afterImport = System.nanoTime();
                    while (own.delivered() < records && System.nanoTime() - afterImport < 120e9) {
                        Thread.sleep(5);
                    }
                    extra = String.format(Locale.ROOT, "; own echoes %,d read, %,d skipped as already applied",
                            own.delivered(), own.echoesSkipped());
                }
                if (joined != null) {
                    ChangeFollower other = joined.getBean(ChangeFollower.class);
                    long afterImport = System.nanoTime();
                    while (other.delivered() < records && System.nanoTime() - afterImport < 120e9) {
                        Thread.sleep(5);
                    }
                    extra += String.format(Locale.ROOT, "; joined instance applied %,d changes %.2f s after the import"
                            + " returned", other.delivered(), (System.nanoTime() - afterImport) / 1e9);
                }
                // CPU is the fairer figure on a shared machine; with a joined instance it covers both
                double cpuMicros = (cpuNanos() - cpuStarted) / 1e3 / summary.accepted();
                System.out.printf(Locale.ROOT, "follow %-9s: %,d records in %.1f s = %,.0f records/s, %.0f µs CPU per"
                        + " record (until applied everywhere)%s%n", mode, summary.accepted(), seconds,
                        summary.accepted() / seconds, cpuMicros, extra);
            }
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void awaitReady(ConfigurableApplicationContext instance) throws InterruptedException {
        while (!"READY".equals(instance.getBean(KpiEngine.class).status().state())) {
            Thread.sleep(20);
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = NO_VAADIN;
        all[1] = "--server.port=0";
        all[2] = "--frontline.demo.enabled=false";
        all[3] = "--frontline.store.durable=false";
        System.arraycopy(args, 0, all, 4, args.length);
        return new SpringApplicationBuilder(FrontlineApplication.class).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(all);
    }
}
