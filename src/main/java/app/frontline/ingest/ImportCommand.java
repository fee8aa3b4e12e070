package app.frontline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code frontline import FILE [FILE...]}: loads NDJSON files with Spring but without the web
 * server, printing progress and a summary per file. Exit code 0 when every record was accepted,
 * 2 when some were rejected, 1 on an error (a missing or unreadable file).
 */
public final class ImportCommand {

    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int REJECTED = 2;
    /** Vaadin's auto-configuration needs a web application context, which a command has not. */
    private static final String NO_WEB_UI = "spring.autoconfigure.exclude="
            + "com.vaadin.flow.spring.SpringBootAutoConfiguration,com.vaadin.flow.spring.SpringSecurityAutoConfiguration";

    /** How many rejections of a file are printed; the rest are counted. */
    static final int SHOWN_REJECTIONS = 20;

    private final RecordImporter importer;
    private final PrintStream out;

    ImportCommand(RecordImporter importer, PrintStream out) {
        this.importer = importer;
        this.out = out;
    }

    /**
     * Runs the command: starts the application without its web server, imports, stops it.
     * Arguments starting with {@code --} are Spring properties (e.g. {@code --spring.mongodb.uri=...}),
     * the others are files.
     */
    public static int run(Class<?> application, String... args) {
        String[] files = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        String[] properties = Arrays.stream(args).filter(a -> a.startsWith("--")).toArray(String[]::new);
        if (files.length == 0) {
            System.err.println("usage: frontline import FILE [FILE...]");
            return ERROR;
        }
        for (String file : files) {
            if (!Files.isRegularFile(Path.of(file)) || !Files.isReadable(Path.of(file))) {
                System.err.println("import: no readable file " + file);
                return ERROR;
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties(NO_WEB_UI)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(properties)) {
            return new ImportCommand(context.getBean(RecordImporter.class), System.out).importFiles(files);
        }
    }

    /** Imports each file in turn; a failing file is reported and the others still load. */
    int importFiles(String... files) {
        int code = OK;
        for (String file : files) {
            int fileCode = importFile(Path.of(file));
            code = code == ERROR || fileCode == ERROR ? ERROR : Math.max(code, fileCode);
        }
        return code;
    }

    private int importFile(Path file) {
        long start = System.nanoTime();
        ProgressLine progress = new ProgressLine(file, start);
        ImportSummary summary;
        try (InputStream in = Files.newInputStream(file)) {
            summary = importer.importNdjson(in, progress);
        } catch (IOException | RuntimeException e) {
            out.println();
            out.println(file + ": failed: " + e.getMessage());
            return ERROR;
        }
        progress.done();
        out.printf("%s: %,d accepted (%,d new, %,d replaced), %,d rejected%n",
                file, summary.accepted(), summary.inserted(), summary.replaced(), summary.rejected());
        List<ImportSummary.Rejection> shown = summary.rejections().stream().limit(SHOWN_REJECTIONS).toList();
        shown.forEach(r -> out.printf("  line %d%s: %s %s%n", r.line(), r.id() == null ? "" : " (" + r.id() + ")",
                r.field(), r.reason()));
        long more = summary.rejections().size() - shown.size() + summary.rejectionsOmitted();
        if (more > 0) {
            out.printf("  ... and %,d more rejections%n", more);
        }
        if (!summary.pending().isEmpty()) {
            out.printf("  %,d references to records not loaded yet, e.g. line %d: %s %s%n",
                    summary.pending().size() + summary.pendingOmitted(), summary.pending().getFirst().line(),
                    summary.pending().getFirst().field(), summary.pending().getFirst().missingId());
        }
        return summary.rejected() > 0 ? REJECTED : OK;
    }

    /** One progress line at most every second, rewritten in place on a terminal. */
    private final class ProgressLine implements ImportProgress {
        private final Path file;
        private final long start;
        private final boolean terminal = System.console() != null;
        private long lastPrinted;
        private @Nullable String last;

        ProgressLine(Path file, long start) {
            this.file = file;
            this.start = start;
            this.lastPrinted = start;
        }

        @Override
        public void progress(long linesRead, long accepted, long rejected) {
            long now = System.nanoTime();
            double seconds = Math.max((now - start) / 1e9, 1e-3);
            last = String.format("%s: %,d lines read, %,d accepted, %,d rejected, %,.0f records/s",
                    file, linesRead, accepted, rejected, linesRead / seconds);
            if (now - lastPrinted >= 1_000_000_000L) {
                lastPrinted = now;
                print();
            }
        }

        void done() {
            print();
            if (terminal) {
                out.println();
            }
        }

        private void print() {
            if (last == null) {
                return;
            }
            if (terminal) {
                out.print("\r" + last);
            } else {
                out.println(last);
            }
            out.flush();
        }
    }
}
