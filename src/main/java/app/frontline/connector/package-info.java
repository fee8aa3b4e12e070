/**
 * Connectors: Shopify orders and Zendesk tickets taken as the platforms send them (signed webhooks)
 * or export them (backfill files), mapped onto the ingest format and stored through
 * {@link app.frontline.ingest.RecordImporter}, so validation, upsert and the KPI engine's upkeep are
 * the same as for NDJSON. Public API: {@link app.frontline.connector.ConnectorProperties},
 * {@link app.frontline.connector.WebhookSignature}, {@link app.frontline.connector.ConnectorState},
 * {@link app.frontline.connector.ConnectorIntake}, {@link app.frontline.connector.DeadLetters},
 * {@link app.frontline.connector.OrderLinks}. The platforms' own shapes stay in the internal
 * subpackages {@code shopify} and {@code zendesk}.
 *
 * <p>Decisions:
 * <ol>
 * <li>Webhooks carry parts of a record (a refund, a status change), arrive at least once and in any
 *     order. Each connector keeps its own view of a record ({@link app.frontline.connector.ConnectorState},
 *     JSON in the platform's terms), merges every event into it by rules that do not depend on
 *     arrival order (newest snapshot wins, refunds are a set by id, the first reply is a minimum),
 *     and re-imports the whole ingest record from that view. Reading back the stored ingest record
 *     instead would lose what the format does not hold (refund ids, who commented).</li>
 * <li>A view that cannot make a valid record yet (a refund whose order has not arrived) waits in
 *     the state, counted as waiting in the admin report; it is imported when the rest arrives.</li>
 * <li>A payload that cannot be mapped (not JSON, no id, bad times) or whose record the importer
 *     refuses is kept whole in {@code connectorDeadLetters} with the reason, and answered 2xx: a
 *     4xx would make the platform retry the same payload and, after repeated failures, drop the
 *     subscription.</li>
 * <li>A bad signature is 401 and nothing is stored, not even a dead letter (anyone can post).</li>
 * </ol>
 */
@NullMarked
package app.frontline.connector;

import org.jspecify.annotations.NullMarked;
