package app.frontline.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Values over dates as lines or bars, with a title, the unit on the value axis, highlighted days
 * and an optional horizontal line. It resizes with its container (full width and 20rem high
 * unless sized otherwise). The whole picture travels to the browser as one JSON property,
 * {@code config}, which is also what tests read back.
 */
@Tag("fl-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/fl-chart.ts")
public class Chart extends Component implements HasSize {

    /** How a series is drawn. */
    public enum Kind {
        LINE, BAR
    }

    /** One value on one day; a null value is a gap in the line. */
    public record Point(LocalDate date, @Nullable Double value) {
        public Point {
            Objects.requireNonNull(date, "date");
        }
    }

    /** A named series of points; dates missing from a series are gaps. */
    public record Series(String name, Kind kind, List<Point> points) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            points = List.copyOf(points);
        }

        public static Series line(String name, List<Point> points) {
            return new Series(name, Kind.LINE, points);
        }

        public static Series bar(String name, List<Point> points) {
            return new Series(name, Kind.BAR, points);
        }
    }

    /** A day to highlight (a surge, a holiday), with a short label. */
    public record Marker(LocalDate date, String label) {
        public Marker {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(label, "label");
        }
    }

    /** A horizontal line across the plot: a target, a benchmark, an average. */
    public record ReferenceLine(double value, String label) {
        public ReferenceLine {
            Objects.requireNonNull(label, "label");
        }
    }

    private @Nullable String title;
    private @Nullable String unit;
    private List<Series> series = List.of();
    private List<Marker> markers = List.of();
    private @Nullable ReferenceLine referenceLine;

    public Chart() {
        setWidthFull();
        setHeight("20rem");
        update();
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
        update();
    }

    /** The unit of the values, shown as the value axis' name and in the tooltip, e.g. "%". */
    public void setUnit(@Nullable String unit) {
        this.unit = unit;
        update();
    }

    public void setSeries(List<Series> series) {
        this.series = List.copyOf(series);
        update();
    }

    public void setMarkers(List<Marker> markers) {
        this.markers = List.copyOf(markers);
        update();
    }

    public void setReferenceLine(@Nullable ReferenceLine referenceLine) {
        this.referenceLine = referenceLine;
        update();
    }

    public List<Series> getSeries() {
        return series;
    }

    private void update() {
        getElement().setPropertyBean("config", Config.of(title, unit, series, markers, referenceLine));
    }

    /** The JSON the element reads (see {@code ChartConfig} in fl-chart.ts). */
    record Config(@Nullable String title, @Nullable String unit, List<String> dates, List<WireSeries> series,
            List<WireMarker> markers, @Nullable ReferenceLine line) {

        record WireSeries(String name, String kind, List<@Nullable Double> values) {
        }

        record WireMarker(String date, String label) {
        }

        /** Lays every series over the union of their dates, so the x axis is one list of days. */
        static Config of(@Nullable String title, @Nullable String unit, List<Series> series, List<Marker> markers,
                @Nullable ReferenceLine line) {
            var days = new TreeSet<LocalDate>();
            series.forEach(s -> s.points().forEach(p -> days.add(p.date())));
            var dates = days.stream().map(LocalDate::toString).toList();
            var wire = new ArrayList<WireSeries>();
            for (Series s : series) {
                Map<LocalDate, @Nullable Double> byDay = new HashMap<>();
                s.points().forEach(p -> byDay.put(p.date(), p.value()));
                List<@Nullable Double> values = new ArrayList<>();
                days.forEach(d -> values.add(byDay.get(d)));
                wire.add(new WireSeries(s.name(), s.kind().name().toLowerCase(Locale.ROOT), values));
            }
            var wireMarkers = markers.stream().map(m -> new WireMarker(m.date().toString(), m.label())).toList();
            return new Config(title, unit, dates, wire, wireMarkers, line);
        }
    }
}
