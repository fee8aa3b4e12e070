/**
 * Shopify's order webhooks and Admin API order files, internal to the connector: the signature
 * check, the view of an order (snapshot by {@code updated_at}, refunds by id) and its ingest record.
 */
@NullMarked
package app.frontline.connector.shopify;

import org.jspecify.annotations.NullMarked;
