package app.frontline.drilldown;

import org.jspecify.annotations.Nullable;

/** The GraphQL {@code OrderFilter}: every condition optional, all ANDed. */
record OrderFilter(@Nullable String status, @Nullable Boolean refunded, @Nullable Boolean returned,
        @Nullable Boolean rma, @Nullable Boolean chargeback, @Nullable Boolean cancelled,
        @Nullable Boolean reprocessed, @Nullable Boolean newCustomer) {

    static final OrderFilter NONE = new OrderFilter(null, null, null, null, null, null, null, null);
}
