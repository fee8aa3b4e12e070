package app.frontline.drilldown;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * A stored order as the GraphQL {@code Order} type shows it; createdBy and conversation are
 * resolved in batches by {@link OrderFieldsController}.
 */
record OrderNode(String id, String status, OffsetDateTime createdAt, String customerEmail, BigDecimal total,
        @Nullable BigDecimal cogs, @Nullable BigDecimal rebillDiscount, @Nullable BigDecimal retryDiscount,
        @Nullable OffsetDateTime deliveredAt, @Nullable String createdByAgentId, @Nullable String conversationId,
        List<Refund> refunds, List<Return> returns, @Nullable Chargeback chargeback,
        @Nullable OffsetDateTime reprocessedAt, @Nullable String reprocessedByAgentId,
        @Nullable OffsetDateTime cancelledAt, @Nullable String cancelledByAgentId) {

    static OrderNode of(Document d) {
        return new OrderNode(d.get("_id").toString(),
                Objects.requireNonNullElse(Stored.enumValue(d.getString("status")), "APPROVED"),
                Objects.requireNonNull(Stored.dateTime(d, "createdAt")),
                Objects.requireNonNullElse(d.getString("customerEmail"), ""),
                Objects.requireNonNullElse(Stored.money(d, "total"), BigDecimal.ZERO),
                Stored.money(d, "cogs"), Stored.money(d, "rebillDiscount"), Stored.money(d, "retryDiscount"),
                Stored.dateTime(d, "deliveredAt"), d.getString("createdByAgentId"), d.getString("conversationId"),
                Stored.documents(d, "refunds").stream()
                        .map(r -> new Refund(Objects.requireNonNull(Stored.dateTime(r, "at")),
                                Objects.requireNonNullElse(Stored.money(r, "amount"), BigDecimal.ZERO),
                                r.getString("byAgentId")))
                        .toList(),
                Stored.documents(d, "returns").stream()
                        .map(r -> new Return(Objects.requireNonNull(Stored.dateTime(r, "at")),
                                Boolean.TRUE.equals(r.get("rma")), r.getString("byAgentId")))
                        .toList(),
                d.get("chargeback") instanceof Document c && Stored.dateTime(c, "at") != null
                        ? new Chargeback(Objects.requireNonNull(Stored.dateTime(c, "at"))) : null,
                Stored.dateTime(d, "reprocessedAt"), d.getString("reprocessedByAgentId"),
                Stored.dateTime(d, "cancelledAt"), d.getString("cancelledByAgentId"));
    }

    record Refund(OffsetDateTime at, BigDecimal amount, @Nullable String byAgentId) {
    }

    record Return(OffsetDateTime at, boolean rma, @Nullable String byAgentId) {
    }

    record Chargeback(OffsetDateTime at) {
    }
}
