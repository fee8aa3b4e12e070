package app.frontline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark's peer: DuckDB in-process, loading the same NDJSON records and computing the same
 * dashboard in SQL (src/test/resources/bench/duckdb-*.sql) from the definitions in
 * shared/metrics.md, independently of Frontline's code. Its answer is a flat map with the same keys
 * as {@link DashboardValues#flatten} gives Frontline's JSON.
 */
final class DuckDbPeer implements AutoCloseable {

    private static final String[] SERIES = {"conversations", "revenue", "csat", "firstResponseTime", "refundRate"};

    private final DuckDBConnection database;
    private final String kpiSql = resource("duckdb-kpis.sql");
    private final String seriesSql = resource("duckdb-series.sql");

    DuckDbPeer() throws SQLException {
        database = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
    }

    /** Loads the records; answers how many there were. Every id must be unique per type (no upserts here). */
    long load(Path ndjson) throws SQLException {
        for (String sql : resource("duckdb-load.sql").split("\n;\n")) {
            try (PreparedStatement statement = database.prepareStatement(sql)) {
                if (sql.contains("$1")) {
                    statement.setString(1, ndjson.toAbsolutePath().toString());
                }
                statement.execute();
            }
        }
        long records = 0;
        try (Statement s = database.createStatement();
                ResultSet r = s.executeQuery("SELECT type, count(*), count(DISTINCT id) FROM records GROUP BY type")) {
            while (r.next()) {
                if (r.getLong(2) != r.getLong(3)) {
                    throw new IllegalStateException("the file repeats " + r.getString(1) + " ids: this peer does not upsert");
                }
                records += r.getLong(2);
            }
        }
        try (Statement s = database.createStatement()) {
            s.execute("DROP TABLE records");
        }
        return records;
    }

    /** A connection of its own for one client: each client prepares its statements once. */
    Client client() throws SQLException {
        return new Client(database.duplicate());
    }

    /** Conversations and approved orders created in [from, to] (UTC days): what the import must show. */
    long[] totals(LocalDate from, LocalDate to) throws SQLException {
        String range = " WHERE created_at >= CAST(? AS DATE) AND created_at < CAST(? AS DATE) + 1";
        try (PreparedStatement s = database.prepareStatement("SELECT (SELECT count(*) FROM conversations" + range
                + "), (SELECT count(*) FROM orders" + range + ")")) {
            for (int i = 0; i < 4; i += 2) {
                s.setString(i + 1, from.toString());
                s.setString(i + 2, to.toString());
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2)};
            }
        }
    }

    /** First and last UTC day of the conversations and orders. */
    LocalDate[] span() throws SQLException {
        try (Statement s = database.createStatement(); ResultSet r = s.executeQuery("""
                SELECT CAST(timezone('UTC', min(t)) AS DATE), CAST(timezone('UTC', max(t)) AS DATE)
                FROM (SELECT created_at AS t FROM conversations UNION ALL SELECT created_at FROM orders)""")) {
            r.next();
            return new LocalDate[] {r.getObject(1, LocalDate.class), r.getObject(2, LocalDate.class)};
        }
    }

    /** DuckDB's own account of its memory: the buffer manager's total and the database's in-memory size. */
    long[] memoryBytes() throws SQLException {
        try (Statement s = database.createStatement();
                ResultSet r = s.executeQuery("SELECT (SELECT sum(memory_usage_bytes) FROM duckdb_memory()), "
                        + "(SELECT sum(memory_usage_bytes) FROM duckdb_memory() WHERE tag IN ('IN_MEMORY_TABLE', 'BASE_TABLE', 'ART_INDEX'))")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    @Override
    public void close() throws SQLException {
        database.close();
    }

    /** One client's connection with the dashboard's two statements prepared. */
    final class Client implements AutoCloseable {
        private final Connection connection;
        private final PreparedStatement kpis;
        private final PreparedStatement series;

        private Client(Connection connection) throws SQLException {
            this.connection = connection;
            this.kpis = connection.prepareStatement(kpiSql);
            this.series = connection.prepareStatement(seriesSql);
        }

        /** The whole dashboard, keyed like {@link DashboardValues#flatten}. */
        Map<String, @Nullable Object> dashboard(DashboardRequest request) throws SQLException {
            Map<String, @Nullable Object> values = new LinkedHashMap<>();
            String end = request.end();
            kpis.setString(1, request.start(request.periodFrom()));
            kpis.setString(2, end);
            kpis.setString(3, request.zone().getId());
            long days = request.last().toEpochDay() - request.periodFrom().toEpochDay() + 1;
            kpis.setLong(4, days);
            try (ResultSet r = kpis.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                while (r.next()) {
                    String scope = r.getString(1);
                    String prefix = scope.equals("*") ? "kpis." : "agents[" + scope + "].kpis.";
                    values.put(prefix + "period.from", request.periodFrom().toString());
                    values.put(prefix + "period.to", request.last().toString());
                    values.put(prefix + "period.timeZone", request.zone().getId());
                    values.put(prefix + "period.days", days);
                    for (int i = 2; i <= meta.getColumnCount(); i++) {
                        values.put(prefix + meta.getColumnLabel(i), value(r.getObject(i)));
                    }
                }
            }
            series.setString(1, request.start(request.trendFrom()));
            series.setString(2, end);
            series.setString(3, request.zone().getId());
            series.setString(4, request.trendFrom().toString());
            series.setString(5, request.last().toString());
            try (ResultSet r = series.executeQuery()) {
                while (r.next()) {
                    String week = r.getObject(1, LocalDate.class).toString();
                    for (int i = 0; i < SERIES.length; i++) {
                        values.put(SERIES[i] + ".points[" + week + "].value", value(r.getObject(i + 2)));
                    }
                }
            }
            return values;
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    /** Counts as Long, money as BigDecimal, the rest as Double: how they are compared. */
    private static @Nullable Object value(@Nullable Object v) {
        return switch (v) {
            case null -> null;
            case Integer i -> i.longValue();
            case BigInteger b -> b.longValueExact();
            default -> v;
        };
    }

    private static String resource(String name) {
        try (InputStream in = DuckDbPeer.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no resource bench/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
