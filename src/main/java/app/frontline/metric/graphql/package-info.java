/**
 * The KPI API: controllers that turn a GraphQL selection into one batched computation per period
 * (data loaders for {@code kpis} and {@code series}), the catalogue-driven schema wiring, the live
 * subscription and the engine's status.
 */
@NullMarked
package app.frontline.metric.graphql;

import org.jspecify.annotations.NullMarked;
