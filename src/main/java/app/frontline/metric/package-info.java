/**
 * The KPI catalogue and its computation. {@link MetricCatalogue} is the one place a metric is
 * defined: the GraphQL schema's descriptions, the resolvers, the UI's labels and the glossary all
 * read it. {@link KpiService} computes any selection of metrics for many scopes at once.
 */
@NullMarked
package app.frontline.metric;

import org.jspecify.annotations.NullMarked;
