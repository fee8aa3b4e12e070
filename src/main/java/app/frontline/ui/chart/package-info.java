/**
 * A chart for the Vaadin views: {@link app.frontline.ui.chart.Chart}, a series of values over
 * dates drawn in the browser by Apache ECharts ({@code frontend/components/fl-chart.ts}).
 */
@NullMarked
package app.frontline.ui.chart;

import org.jspecify.annotations.NullMarked;
