-- The dashboard benchmark's DuckDB peer: the NDJSON records (shared/ingest-format.md) read as they
-- are, then typed and flattened into one table per fact. Only what does not depend on a request is
-- derived here (each customer's first and second approved order, each conversation's connected
-- orders split new/existing, each survey's agent through its conversation); everything that depends
-- on the period is computed per request (duckdb-kpis.sql, duckdb-series.sql). $1 is the file.
-- Statements are separated by a line holding only a semicolon.
CREATE TABLE records AS
SELECT * FROM read_json($1, format = 'newline_delimited', columns = {
    'type': 'VARCHAR', 'id': 'VARCHAR', 'slaFirstReplyMinutes': 'INTEGER', 'teamId': 'VARCHAR',
    'active': 'BOOLEAN', 'agentId': 'VARCHAR', 'at': 'TIMESTAMPTZ', 'customerEmail': 'VARCHAR',
    'assigneeAgentId': 'VARCHAR', 'createdAt': 'TIMESTAMPTZ', 'firstReplyAt': 'TIMESTAMPTZ',
    'resolvedAt': 'TIMESTAMPTZ', 'archivedAt': 'TIMESTAMPTZ', 'handleSeconds': 'DECIMAL(18,3)',
    'rating': 'VARCHAR', 'offers': 'STRUCT(kind VARCHAR, accepted BOOLEAN)[]',
    'conversationId': 'VARCHAR', 'kind': 'VARCHAR', 'score': 'INTEGER', 'status': 'VARCHAR',
    'total': 'DECIMAL(18,4)', 'cogs': 'DECIMAL(18,4)', 'rebillDiscount': 'DECIMAL(18,4)',
    'retryDiscount': 'DECIMAL(18,4)', 'createdByAgentId': 'VARCHAR', 'deliveredAt': 'TIMESTAMPTZ',
    'refunds': 'STRUCT("at" TIMESTAMPTZ, amount DECIMAL(18,4), byAgentId VARCHAR)[]',
    'returns': 'STRUCT("at" TIMESTAMPTZ, rma BOOLEAN, byAgentId VARCHAR)[]',
    'chargeback': 'STRUCT("at" TIMESTAMPTZ)',
    'reprocessedAt': 'TIMESTAMPTZ', 'reprocessedByAgentId': 'VARCHAR',
    'cancelledAt': 'TIMESTAMPTZ', 'cancelledByAgentId': 'VARCHAR'})
;
-- money ÷ count to cents, half up (away from zero), as Frontline's BigDecimal division does
CREATE MACRO money_div(amount, n) AS CASE WHEN n = 0 THEN NULL ELSE
    CAST(sign(CAST(amount * 10000 AS HUGEINT))
         * ((abs(CAST(amount * 10000 AS HUGEINT)) * 2 + n * 100) // (n * 200)) AS DECIMAL(38, 0))
    * CAST(0.01 AS DECIMAL(3, 2)) END
;
CREATE MACRO percent(part, whole) AS CASE WHEN whole = 0 THEN NULL ELSE 100.0::DOUBLE * part / whole END
;
CREATE MACRO ratio(part, whole) AS CASE WHEN whole = 0 THEN NULL ELSE part::DOUBLE / whole END
;
-- a mean of milliseconds in seconds, in the order Frontline divides
CREATE MACRO mean_seconds(total_ms, n) AS CASE WHEN n = 0 THEN NULL ELSE total_ms::DOUBLE / 1000.0::DOUBLE / n END
;
CREATE MACRO customer_key(email) AS lower(trim(email, chr(32) || chr(9) || chr(10) || chr(13)))
;
CREATE TABLE teams AS
SELECT id, coalesce(slaFirstReplyMinutes, 60) AS sla_minutes FROM records WHERE type = 'team'
;
CREATE TABLE agents AS
SELECT id, teamId AS team_id, coalesce(active, true) AS active FROM records WHERE type = 'agent'
;
CREATE TABLE logins AS
SELECT agentId AS agent_id, "at" FROM records WHERE type = 'login'
;
-- the new-customer rule: an approved order is new when no approved order of the same e-mail
-- (trimmed, case-insensitive) is earlier; a customer has repurchased by t when its second is < t
CREATE TABLE customers AS
SELECT customer_key(customerEmail) AS customer_key, min(createdAt) AS first_at,
       list_sort(list(createdAt))[2] AS second_at
FROM records WHERE type = 'order' AND status = 'approved' GROUP BY 1
;
CREATE TABLE orders AS
SELECT o.createdAt AS created_at, o.createdByAgentId AS agent_id, c.customer_key, o.total,
       coalesce(o.cogs, 0) AS cogs, coalesce(o.rebillDiscount, 0) AS rebill,
       coalesce(o.retryDiscount, 0) AS retry, o.createdAt = c.first_at AS is_new, c.second_at,
       epoch_ms(o.deliveredAt) - epoch_ms(o.createdAt) AS ttv_ms
FROM records o JOIN customers c ON c.customer_key = customer_key(o.customerEmail)
WHERE o.type = 'order' AND o.status = 'approved'
;
-- every action on an order (any status) at its own time, for the agent recorded on it; a
-- chargeback for the order's creator, worth the order's total
CREATE TABLE actions AS
SELECT 'refund' AS kind, r."at", r.byAgentId AS agent_id, r.amount
FROM (SELECT unnest(refunds) AS r FROM records WHERE type = 'order' AND refunds IS NOT NULL)
UNION ALL
SELECT CASE WHEN coalesce(r.rma, false) THEN 'rma' ELSE 'return' END, r."at", r.byAgentId, 0
FROM (SELECT unnest(returns) AS r FROM records WHERE type = 'order' AND returns IS NOT NULL)
UNION ALL
SELECT 'chargeback', chargeback."at", createdByAgentId, total
FROM records WHERE type = 'order' AND chargeback."at" IS NOT NULL
UNION ALL
SELECT 'reprocess', reprocessedAt, reprocessedByAgentId, 0
FROM records WHERE type = 'order' AND reprocessedAt IS NOT NULL
UNION ALL
SELECT 'cancel', cancelledAt, cancelledByAgentId, 0
FROM records WHERE type = 'order' AND cancelledAt IS NOT NULL
;
CREATE TABLE conversations AS
WITH connected AS (
    SELECT o.conversationId AS id,
           sum(o.total) FILTER (WHERE o.createdAt = c.first_at) AS new_revenue,
           sum(o.total) FILTER (WHERE o.createdAt > c.first_at) AS existing_revenue
    FROM records o JOIN customers c ON c.customer_key = customer_key(o.customerEmail)
    WHERE o.type = 'order' AND o.status = 'approved' AND o.conversationId IS NOT NULL
    GROUP BY 1)
SELECT v.id, v.createdAt AS created_at, v.teamId AS team_id, v.assigneeAgentId AS agent_id,
       epoch_ms(v.firstReplyAt) - epoch_ms(v.createdAt) AS frt_ms,
       epoch_ms(v.resolvedAt) - epoch_ms(v.createdAt) AS res_ms,
       v.archivedAt IS NOT NULL AS archived,
       CAST(v.handleSeconds * 1000 AS BIGINT) AS handle_ms,
       v.rating,
       coalesce(len(list_filter(v.offers, lambda x: x.kind = 'upsell')), 0) AS upsell_made,
       coalesce(len(list_filter(v.offers, lambda x: x.kind = 'upsell' AND x.accepted)), 0) AS upsell_accepted,
       coalesce(len(list_filter(v.offers, lambda x: x.kind = 'crossSell')), 0) AS cross_made,
       coalesce(len(list_filter(v.offers, lambda x: x.kind = 'crossSell' AND x.accepted)), 0) AS cross_accepted,
       k.new_revenue IS NOT NULL AS has_new, coalesce(k.new_revenue, 0) AS new_revenue,
       k.existing_revenue IS NOT NULL AS has_existing, coalesce(k.existing_revenue, 0) AS existing_revenue
FROM records v LEFT JOIN connected k ON k.id = v.id
WHERE v.type = 'conversation'
;
CREATE TABLE surveys AS
SELECT s."at", s.kind, s.score, v.agent_id
FROM records s LEFT JOIN conversations v ON v.id = s.conversationId
WHERE s.type = 'survey'
