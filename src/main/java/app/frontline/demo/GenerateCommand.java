package app.frontline.demo;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code frontline generate [options]}: demo data to a file or standard output, progress and a
 * summary on standard error. Plain Java: no Spring context is started.
 */
public final class GenerateCommand {

    public static final int EX_USAGE = 64;
    public static final int EX_IOERR = 74;

    static final String USAGE = """
        usage: java -jar frontline.jar generate [--size N] [--orders N] [--days D] [--seed S]
                                                [--last-day YYYY-MM-DD] [--zone ZONE] [--out FILE|-]
          --size N       conversations to generate (default 40000); orders scale with it
          --orders N     orders to generate (default: as many as conversations)
          --days D       calendar days of history, ending with the last day (default 120)
          --seed S       random seed; equal options give identical output (default 42)
          --last-day D   the last day of data (default: today in the store zone)
          --zone ZONE    the store's IANA time zone (default Europe/Amsterdam)
          --out FILE     where to write the NDJSON; - for standard output (default -)
        """;

    private GenerateCommand() {
    }

    /** Runs with the arguments that follow {@code generate}; returns the process exit code. */
    public static int run(String[] args) {
        return run(args, System.err);
    }

    static int run(String[] args, PrintStream err) {
        Parsed parsed;
        try {
            parsed = parse(args);
        } catch (IllegalArgumentException | DateTimeException e) {
            err.println("generate: " + e.getMessage());
            err.print(USAGE);
            return EX_USAGE;
        }
        if (parsed == null) {
            err.print(USAGE);
            return 0;
        }
        try (OutputStream out = open(parsed.out())) {
            return generate(parsed.options(), out, parsed.out(), err);
        } catch (IOException e) {
            err.println("generate: cannot write " + parsed.out() + ": " + e.getMessage());
            return EX_IOERR;
        }
    }

    private static int generate(DemoOptions options, OutputStream out, String target, PrintStream err)
            throws IOException {
        err.printf(Locale.ROOT, "generating %d conversations and %d orders over %d days up to %s (seed %d) to %s%n",
            options.conversations(), options.orders(), options.days(), options.lastDay(), options.seed(), target);
        long started = System.nanoTime();
        DemoSummary summary = new DemoDataGenerator(options).generate(out, (percent, soFar) ->
            err.printf(Locale.ROOT, "%3d%%  %,d records  %,.0f records/s%n", percent, soFar.total(),
                soFar.total() / seconds(started)));
        err.printf(Locale.ROOT, "done in %.1f s: %s%n", seconds(started), summary);
        return 0;
    }

    private static double seconds(long started) {
        return Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    }

    private static OutputStream open(String out) throws IOException {
        if (out.equals("-")) {
            // straight to the descriptor (System.out flushes per line); flushed, never closed
            return new FilterOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16)) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return new BufferedOutputStream(new FileOutputStream(out), 1 << 16);
    }

    record Parsed(DemoOptions options, String out) {
    }

    /** The options, or null when help was asked for. */
    static @Nullable Parsed parse(String[] args) {
        ZoneId zone = DemoOptions.DEFAULT_STORE_ZONE;
        Long size = null;
        Long orders = null;
        Long seed = null;
        Integer days = null;
        LocalDate lastDay = null;
        String out = "-";
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("-h") || option.equals("--help")) {
                return null;
            }
            if (!option.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + option + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--size" -> size = count(option, value);
                case "--orders" -> orders = count(option, value);
                case "--days" -> days = Math.toIntExact(count(option, value));
                case "--seed" -> seed = number(option, value);
                case "--last-day" -> lastDay = LocalDate.parse(value);
                case "--zone" -> zone = ZoneId.of(value);
                case "--out" -> out = value;
                default -> throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }
        DemoOptions options = DemoOptions.defaults(lastDay != null ? lastDay : LocalDate.now(zone))
            .withStoreZone(zone);
        if (size != null) {
            options = options.withSize(size);
        }
        if (orders != null) {
            options = options.withOrders(orders);
        }
        if (seed != null) {
            options = options.withSeed(seed);
        }
        if (days != null) {
            options = options.withDays(days);
        }
        return new Parsed(options, out);
    }

    private static long count(String option, String value) {
        long n = number(option, value);
        if (n < 0 || (option.equals("--days") && (n < 1 || n > 3660))) {
            throw new IllegalArgumentException(option + " out of range: " + value);
        }
        return n;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + value + "'");
        }
    }
}
