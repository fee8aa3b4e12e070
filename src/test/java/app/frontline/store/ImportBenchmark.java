package app.frontline.store;

import app.frontline.BenchmarkSupport;
import app.frontline.demo.DemoDataGenerator;
import app.frontline.demo.DemoOptions;
import app.frontline.demo.DemoSummary;
import app.frontline.ingest.ImportSummary;
import app.frontline.ingest.RecordImporter;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Import benchmark (not a test): generates demo NDJSON, imports it through {@link RecordImporter}
 * into a fresh durable embedded store (journal with fsync) in a temp folder, then reopens the store
 * (replay and compaction) and prints a table, also written to {@code target/benchmark/import.txt}.
 *
 * <p>Run it with
 * <pre>
 * ./mvnw -q -Pbench verify                       # default: --size 420000, about 1M records
 * ./mvnw -q -Pbench verify -Dbench.size=40000    # smaller; any --size of the generate command
 * </pre>
 * The {@code bench} profile compiles, skips the tests and runs this class in a forked JVM on the
 * toolchain's JDK (heap {@code -Dbench.heap}, default 6g) with the test classpath. Standalone:
 * {@code java -cp <test classpath> app.frontline.store.ImportBenchmark [--size N] [--keep]}.
 *
 * <p>Heap is measured after a full GC, before and after the import, with the application context
 * started in both; "heap per record" is the growth divided by the records. Restart is
 * {@link DurableStore#open} on the same folder: replaying snapshot and journal, then compacting
 * them into a new snapshot.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long size = 420_000;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = Long.parseLong(args[++i].replace("_", ""));
                case "--keep" -> keep = true;
                default -> throw new IllegalArgumentException("usage: ImportBenchmark [--size N] [--keep]");
            }
        }
        Path work = Files.createTempDirectory("frontline-bench");
        Path ndjson = work.resolve("demo.ndjson");
        Path data = work.resolve("data");
        try {
            run(size, ndjson, data);
        } finally {
            if (!keep) {
                delete(work);
            } else {
                System.out.println("kept " + work);
            }
        }
    }

    private static void run(long size, Path ndjson, Path data) throws Exception {
        DemoOptions options = DemoOptions.defaults(LocalDate.of(2026, 11, 22)).withSize(size);
        long started = System.nanoTime();
        DemoSummary generated;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(ndjson), 1 << 16)) {
            generated = new DemoDataGenerator(options).generate(out);
        }
        System.out.printf(Locale.ROOT, "generated %,d records (%,d MB) in %.1f s%n", generated.total(),
                Files.size(ndjson) >> 20, BenchmarkSupport.seconds(started));

        long heapBefore;
        long heapAfter;
        ImportSummary summary;
        double importSeconds;
        double importCpuSeconds;
        try (ConfigurableApplicationContext context = BenchmarkSupport.start(data)) {
            RecordImporter importer = context.getBean(RecordImporter.class);
            heapBefore = BenchmarkSupport.heapAfterGc();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(ndjson)) {
                summary = importer.importNdjson(in, (lines, accepted, rejected) -> {
                    if (lines % 100_000 == 0) {
                        System.out.printf(Locale.ROOT, "  %,d lines, %,.0f records/s%n", lines, lines / BenchmarkSupport.seconds(start));
                    }
                });
            }
            importSeconds = BenchmarkSupport.seconds(start);
            importCpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            heapAfter = BenchmarkSupport.heapAfterGc();
        }
        long journalBytes = folderBytes(data);
        long records = summary.accepted();
        if (records != generated.total() || summary.rejected() > 0) {
            throw new IllegalStateException("import did not accept every record: " + summary.accepted() + " of "
                    + generated.total() + ", " + summary.rejected() + " rejected " + summary.rejections());
        }

        long reopenStart = System.nanoTime();
        long restored;
        try (DurableStore store = DurableStore.open(data, true)) {
            double reopenSeconds = BenchmarkSupport.seconds(reopenStart);
            restored = count(store);
            long snapshotBytes = folderBytes(data);
            if (restored != records) {
                throw new IllegalStateException("restart restored " + restored + " documents, not " + records);
            }
            String table = table(size, records, importSeconds, importCpuSeconds, heapBefore, heapAfter, journalBytes, snapshotBytes,
                    reopenSeconds);
            System.out.print(table);
            Path report = Path.of("target", "benchmark", "import.txt");
            Files.createDirectories(report.getParent());
            Files.writeString(report, table);
        }
    }

    private static String table(long size, long records, double seconds, double cpuSeconds, long heapBefore, long heapAfter,
            long journalBytes, long snapshotBytes, double reopenSeconds) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("demo --size", "%,d", size));
        rows.add(row("records imported", "%,d", records));
        rows.add(row("import seconds", "%.1f", seconds));
        rows.add(row("records/s", "%,.0f", records / seconds));
        rows.add(row("process CPU during import (s, all threads)", "%.1f", cpuSeconds));
        rows.add(row("records per CPU-second (load-independent)", "%,.0f", records / cpuSeconds));
        rows.add(row("heap after full GC, before import (MB)", "%,d", heapBefore >> 20));
        rows.add(row("heap after full GC, after import (MB)", "%,d", heapAfter >> 20));
        rows.add(row("heap per record (bytes)", "%,d", (heapAfter - heapBefore) / records));
        rows.add(row("journal on disk after import (MB)", "%,.1f", journalBytes / 1048576.0));
        rows.add(row("journal bytes per record", "%,d", journalBytes / records));
        rows.add(row("snapshot on disk after restart (MB)", "%,.1f", snapshotBytes / 1048576.0));
        rows.add(row("snapshot bytes per record", "%,d", snapshotBytes / records));
        rows.add(row("restart: replay + compaction (s)", "%.1f", reopenSeconds));
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Frontline import benchmark, %s, %d cores, Java %s, load average %s%n",
                java.time.LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(),
                Runtime.version(), BenchmarkSupport.loadAverage()));
        for (String[] r : rows) {
            out.append(String.format(Locale.ROOT, "| %-44s | %15s |%n", r[0], r[1]));
        }
        return out.toString();
    }

    private static String[] row(String name, String format, Object value) {
        return new String[] {name, String.format(Locale.ROOT, format, value)};
    }


    private static long count(DurableStore store) {
        long n = 0;
        JournaledMemoryBackend backend = (JournaledMemoryBackend) store.backend();
        for (String name : backend.databaseNames()) {
            MongoDatabase database = backend.resolveDatabase(name);
            for (String collection : List.of("teams", "agents", "logins", "conversations", "surveys", "orders")) {
                MongoCollection<?> c = database.resolveCollection(collection, false);
                if (c != null) {
                    n += c.count();
                }
            }
        }
        return n;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }


    private static long folderBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".bin")).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        }
    }


    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
