/**
 * <fl-chart>: a date series chart drawn by Apache ECharts (SVG renderer), for the Java component
 * app.frontline.ui.chart.Chart. Everything it shows comes in one JSON property, `config`: no
 * script is ever built from strings on the server.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, MarkPointComponent,
  TitleComponent, TooltipComponent, SVGRenderer]);

/** The shape Chart.java sends; keep the two in step. */
export interface ChartConfig {
  title: string | null;
  /** The y axis' name, e.g. "%" or "Conversations". */
  unit: string | null;
  /** ISO dates (yyyy-mm-dd), the x axis. */
  dates: string[];
  /** One value per date; null is a gap. */
  series: { name: string; kind: 'line' | 'bar'; values: (number | null)[] }[];
  /** Days to highlight, each with a short label. */
  markers: { date: string; label: string }[];
  /** A horizontal line across the plot, e.g. a target. */
  line: { value: number; label: string } | null;
}

const NARROW = 520;
/** Room right of the plot for the horizontal line's label. */
const LINE_LABEL = 64;
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const longDayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short',
  year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

const day = (iso: string, format: Intl.DateTimeFormat) => format.format(new Date(`${iso}T00:00:00Z`));

class FlChart extends HTMLElement {
  private _config: ChartConfig | null = null;
  private chart: echarts.ECharts | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private narrow: boolean | null = null;

  get config(): ChartConfig | null {
    return this._config;
  }

  set config(config: ChartConfig | null) {
    this._config = config;
    this.render();
  }

  connectedCallback() {
    // a value set before this class was defined sits on the instance and hides the setter
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const early = (this as unknown as { config: ChartConfig | null }).config;
      delete (this as unknown as { config?: unknown }).config;
      this._config = early;
    }
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this.setAttribute('role', 'img');
    this.chart = echarts.init(this, undefined, { renderer: 'svg' });
    this.resizeObserver = new ResizeObserver(() => {
      if (!this.chart) return;
      const narrow = this.clientWidth < NARROW;
      if (narrow !== this.narrow) {
        this.render();
      }
      this.chart.resize();
    });
    this.resizeObserver.observe(this);
    this.render();
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.chart?.dispose();
    this.chart = null;
  }

  private render() {
    const config = this._config;
    if (!this.chart || !config) return;
    this.narrow = this.clientWidth < NARROW;
    this.setAttribute('aria-label', config.title ?? 'Chart');
    const style = getComputedStyle(this);
    const css = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    const text = css('--lumo-body-text-color', '#1f2937');
    const secondary = css('--lumo-secondary-text-color', '#6b7280');
    const palette = [css('--lumo-primary-color', '#1676f3'), '#e8590c', '#2f9e44', '#ae3ec9'];
    const marker = css('--lumo-warning-color', '#e8590c');
    const unit = config.unit ? ` ${config.unit}` : '';
    const wholeNumbers = config.series.every(s => s.values.every(v => v === null || Number.isInteger(v)));
    const series = config.series.map((s, i) => ({
      type: s.kind,
      name: s.name,
      // a marked bar gets the marker colour and its label on top
      data: i === 0 && s.kind === 'bar' ? this.markedBars(config, s.values, marker, secondary) : s.values,
      connectNulls: false,
      showSymbol: s.kind === 'line' && config.dates.length <= 31,
      barMaxWidth: 28,
      itemStyle: { color: palette[i % palette.length] },
      lineStyle: { width: 2 },
      // markers and the horizontal line belong to the first series
      ...(i === 0 ? this.marks(config, marker, secondary) : {}),
    }));
    this.chart.setOption({
      animation: false,
      textStyle: { fontFamily: css('--lumo-font-family', 'sans-serif') },
      title: config.title ? {
        text: config.title,
        left: 0,
        textStyle: { color: text, fontSize: this.narrow ? 14 : 16, fontWeight: 600 },
      } : undefined,
      legend: config.series.length > 1 ? { top: this.narrow ? 24 : 2, right: 0, textStyle: { color: secondary } }
        : undefined,
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (typeof v === 'number' ? numberFormat.format(v) + unit : '–'),
      },
      grid: { left: 4, right: config.line ? LINE_LABEL : this.narrow ? 8 : 16, top: config.series.length > 1 && this.narrow ? 72 : 60,
        bottom: 4, containLabel: true },
      xAxis: {
        type: 'category',
        data: config.dates,
        axisLabel: { color: secondary, hideOverlap: true, formatter: (d: string) => day(d, dayFormat) },
        axisPointer: { label: { formatter: (p: { value: string }) => day(p.value, longDayFormat) } },
        axisTick: { alignWithLabel: true },
      },
      yAxis: {
        type: 'value',
        name: config.unit ?? '',
        // counts (every value whole) get whole-number steps: no "2.5 conversations" on the axis
        minInterval: wholeNumbers ? 1 : 0,
        nameTextStyle: { color: secondary, align: 'left' },
        axisLabel: { color: secondary },
        splitLine: { lineStyle: { color: css('--lumo-contrast-10pct', '#e5e7eb') } },
      },
      series,
    }, { notMerge: true });
  }

  private markedBars(config: ChartConfig, values: (number | null)[], color: string, labelColor: string) {
    const labels = this.markerLabels(config);
    return values.map((value, i) => (value !== null && labels.has(i) ? {
      value,
      itemStyle: { color },
      label: { show: true, position: 'top', formatter: labels.get(i), color: labelColor, fontWeight: 600 },
    } : value));
  }

  /** Markers on a line (and markers on a gap, for either kind), and the horizontal line. */
  private marks(config: ChartConfig, color: string, secondary: string) {
    const first = config.series[0];
    const labels = this.markerLabels(config);
    const onValues = [...labels].filter(([i]) => first.values[i] !== null);
    const onGaps = [...labels].filter(([i]) => first.values[i] === null);
    const marks: Record<string, unknown> = {};
    if (first.kind === 'line' && onValues.length) {
      marks.markPoint = {
        symbol: 'circle',
        symbolSize: 10,
        itemStyle: { color },
        label: { position: 'top', color: secondary, fontWeight: 600, formatter: '{b}' },
        data: onValues.map(([i, label]) => ({ name: label, coord: [config.dates[i], first.values[i]] })),
      };
    }
    const lines: unknown[] = onGaps.map(([i, label]) => ({
      xAxis: config.dates[i],
      lineStyle: { color, type: 'solid', width: 2 },
      label: { formatter: label, position: 'end', color: secondary },
    }));
    if (config.line) {
      lines.push({
        yAxis: config.line.value,
        lineStyle: { color: secondary, type: 'dashed' },
        // beyond the plot's right end, where no bar can cover it
        label: { position: 'end', color: secondary, formatter: config.line.label, width: LINE_LABEL - 8,
          overflow: 'break' },
      });
    }
    if (lines.length) {
      marks.markLine = { silent: true, symbol: 'none', data: lines };
    }
    return marks;
  }

  /** Index on the x axis → label, for the markers that fall on one of its dates. */
  private markerLabels(config: ChartConfig) {
    const labels = new Map<number, string>();
    config.markers.forEach(m => {
      const i = config.dates.indexOf(m.date);
      if (i >= 0) labels.set(i, m.label);
    });
    return labels;
  }
}

customElements.define('fl-chart', FlChart);

declare global {
  interface HTMLElementTagNameMap {
    'fl-chart': FlChart;
  }
}
