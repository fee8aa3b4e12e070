-- Every KPI of the dashboard (shared/metrics.md) for the store (scope '*') and each agent, over
-- [$1, $2) (TIMESTAMPTZ as text); $3 the period's IANA zone, $4 its number of days. Columns are
-- named as the GraphQL fields they answer.
WITH scopes AS (SELECT '*' AS scope, true AS active UNION ALL SELECT id, active FROM agents),
o AS (
    SELECT CASE WHEN grouping(agent_id) = 1 THEN '*' ELSE agent_id END AS scope,
           count(*) AS orders, count(agent_id) AS csr_orders, sum(total) AS revenue, sum(cogs) AS cogs,
           sum(rebill) AS rebill, sum(retry) AS retry, count(*) FILTER (WHERE is_new) AS initial_orders,
           count(DISTINCT customer_key) AS customers,
           count(DISTINCT customer_key) FILTER (WHERE second_at < CAST($2 AS TIMESTAMPTZ)) AS repurchasers,
           count(ttv_ms) FILTER (WHERE is_new) AS ttv_n, sum(ttv_ms) FILTER (WHERE is_new) AS ttv_sum,
           quantile_disc(ttv_ms, 0.5) FILTER (WHERE is_new) AS ttv_p50,
           quantile_disc(ttv_ms, 0.9) FILTER (WHERE is_new) AS ttv_p90
    FROM orders WHERE created_at >= CAST($1 AS TIMESTAMPTZ) AND created_at < CAST($2 AS TIMESTAMPTZ)
    GROUP BY GROUPING SETS ((), (agent_id))),
a AS (
    SELECT CASE WHEN grouping(agent_id) = 1 THEN '*' ELSE agent_id END AS scope,
           count(*) FILTER (WHERE kind = 'refund') AS refunds,
           sum(amount) FILTER (WHERE kind = 'refund') AS refunded,
           count(*) FILTER (WHERE kind IN ('return', 'rma')) AS returns,
           count(*) FILTER (WHERE kind = 'rma') AS rmas,
           count(*) FILTER (WHERE kind = 'chargeback') AS chargebacks,
           sum(amount) FILTER (WHERE kind = 'chargeback') AS chargeback_lost,
           count(*) FILTER (WHERE kind = 'reprocess') AS reprocesses,
           count(*) FILTER (WHERE kind = 'cancel') AS cancels
    FROM actions WHERE "at" >= CAST($1 AS TIMESTAMPTZ) AND "at" < CAST($2 AS TIMESTAMPTZ)
    GROUP BY GROUPING SETS ((), (agent_id))),
l AS (
    SELECT CASE WHEN grouping(agent_id) = 1 THEN '*' ELSE agent_id END AS scope, count(*) AS logins
    FROM logins WHERE "at" >= CAST($1 AS TIMESTAMPTZ) AND "at" < CAST($2 AS TIMESTAMPTZ)
    GROUP BY GROUPING SETS ((), (agent_id))),
-- the agents a store's average counts: the active ones and whoever logged in
login_agents AS (
    SELECT count(*) AS n FROM (SELECT id FROM agents WHERE active
                               UNION SELECT agent_id FROM logins WHERE "at" >= CAST($1 AS TIMESTAMPTZ) AND "at" < CAST($2 AS TIMESTAMPTZ))),
c AS (
    SELECT CASE WHEN grouping(agent_id) = 1 THEN '*' ELSE agent_id END AS scope,
           count(*) AS conversations, count(frt_ms) AS replied,
           count(*) FILTER (WHERE frt_ms <= coalesce(t.sla_minutes, 60) * 60000) AS on_time,
           count(*) FILTER (WHERE archived) AS archived,
           count(*) FILTER (WHERE rating = 'happy') AS happy,
           count(*) FILTER (WHERE rating = 'neutral') AS neutral,
           count(*) FILTER (WHERE rating = 'sad') AS sad,
           count(*) FILTER (WHERE has_new) AS acquired, sum(new_revenue) AS acquisition_revenue,
           count(*) FILTER (WHERE has_existing) AS retained, sum(existing_revenue) AS retention_revenue,
           sum(upsell_made) AS upsell_made, sum(upsell_accepted) AS upsell_accepted,
           sum(cross_made) AS cross_made, sum(cross_accepted) AS cross_accepted,
           count(frt_ms) AS frt_n, sum(frt_ms) AS frt_sum,
           quantile_disc(frt_ms, 0.5) AS frt_p50, quantile_disc(frt_ms, 0.9) AS frt_p90,
           count(res_ms) AS res_n, sum(res_ms) AS res_sum,
           quantile_disc(res_ms, 0.5) AS res_p50, quantile_disc(res_ms, 0.9) AS res_p90,
           count(handle_ms) AS handle_n, sum(handle_ms) AS handle_sum,
           quantile_disc(handle_ms, 0.5) AS handle_p50, quantile_disc(handle_ms, 0.9) AS handle_p90,
           -- agent capacity: conversations handled (replied or resolved) by an agent ...
           count(*) FILTER (WHERE agent_id IS NOT NULL AND (frt_ms IS NOT NULL OR res_ms IS NOT NULL)) AS handled
    FROM conversations v LEFT JOIN teams t ON t.id = v.team_id
    WHERE created_at >= CAST($1 AS TIMESTAMPTZ) AND created_at < CAST($2 AS TIMESTAMPTZ)
    GROUP BY GROUPING SETS ((), (agent_id))),
-- ... per distinct (agent, start day in the zone); the store's pairs are the sum of its agents'
worked AS (
    SELECT agent_id AS scope, count(DISTINCT CAST(timezone($3, created_at) AS DATE)) AS agent_days
    FROM conversations
    WHERE created_at >= CAST($1 AS TIMESTAMPTZ) AND created_at < CAST($2 AS TIMESTAMPTZ)
      AND agent_id IS NOT NULL AND (frt_ms IS NOT NULL OR res_ms IS NOT NULL)
    GROUP BY agent_id),
s AS (
    SELECT CASE WHEN grouping(agent_id) = 1 THEN '*' ELSE agent_id END AS scope,
           count(*) FILTER (WHERE kind = 'csat') AS csat_n,
           count(*) FILTER (WHERE kind = 'csat' AND score >= 4) AS csat_ok,
           count(*) FILTER (WHERE kind = 'ces') AS ces_n, sum(score) FILTER (WHERE kind = 'ces') AS ces_sum,
           count(*) FILTER (WHERE kind = 'nps') AS nps_n,
           count(*) FILTER (WHERE kind = 'nps' AND score >= 9) AS promoters,
           count(*) FILTER (WHERE kind = 'nps' AND score <= 6) AS detractors,
           count(*) FILTER (WHERE kind = 'cx') AS cx_n, sum(score) FILTER (WHERE kind = 'cx') AS cx_sum
    FROM surveys WHERE "at" >= CAST($1 AS TIMESTAMPTZ) AND "at" < CAST($2 AS TIMESTAMPTZ)
    GROUP BY GROUPING SETS ((), (agent_id))),
k AS (
    SELECT x.scope, x.active,
           coalesce(o.orders, 0) AS orders, coalesce(o.csr_orders, 0) AS csr_orders,
           coalesce(o.revenue, 0) AS revenue, coalesce(o.cogs, 0) AS cogs,
           coalesce(o.rebill, 0) AS rebill, coalesce(o.retry, 0) AS retry,
           coalesce(o.initial_orders, 0) AS initial_orders, coalesce(o.customers, 0) AS customers,
           coalesce(o.repurchasers, 0) AS repurchasers, coalesce(o.ttv_n, 0) AS ttv_n, o.ttv_sum,
           o.ttv_p50, o.ttv_p90,
           coalesce(a.refunds, 0) AS refunds, coalesce(a.refunded, 0) AS refunded,
           coalesce(a.returns, 0) AS returns, coalesce(a.rmas, 0) AS rmas,
           coalesce(a.chargebacks, 0) AS chargebacks, coalesce(a.chargeback_lost, 0) AS chargeback_lost,
           coalesce(a.reprocesses, 0) AS reprocesses, coalesce(a.cancels, 0) AS cancels,
           coalesce(l.logins, 0) AS logins,
           coalesce(c.conversations, 0) AS conversations, coalesce(c.replied, 0) AS replied,
           coalesce(c.on_time, 0) AS on_time, coalesce(c.archived, 0) AS archived,
           coalesce(c.happy, 0) AS happy, coalesce(c.neutral, 0) AS neutral, coalesce(c.sad, 0) AS sad,
           coalesce(c.acquired, 0) AS acquired, coalesce(c.acquisition_revenue, 0) AS acquisition_revenue,
           coalesce(c.retained, 0) AS retained, coalesce(c.retention_revenue, 0) AS retention_revenue,
           coalesce(c.upsell_made, 0) AS upsell_made, coalesce(c.upsell_accepted, 0) AS upsell_accepted,
           coalesce(c.cross_made, 0) AS cross_made, coalesce(c.cross_accepted, 0) AS cross_accepted,
           coalesce(c.frt_n, 0) AS frt_n, c.frt_sum, c.frt_p50, c.frt_p90,
           coalesce(c.res_n, 0) AS res_n, c.res_sum, c.res_p50, c.res_p90,
           coalesce(c.handle_n, 0) AS handle_n, c.handle_sum, c.handle_p50, c.handle_p90,
           coalesce(c.handled, 0) AS handled,
           coalesce(CASE WHEN x.scope = '*' THEN (SELECT sum(agent_days) FROM worked) ELSE worked.agent_days END, 0) AS agent_days,
           coalesce(s.csat_n, 0) AS csat_n, coalesce(s.csat_ok, 0) AS csat_ok,
           coalesce(s.ces_n, 0) AS ces_n, coalesce(s.ces_sum, 0) AS ces_sum,
           coalesce(s.nps_n, 0) AS nps_n, coalesce(s.promoters, 0) AS promoters,
           coalesce(s.detractors, 0) AS detractors,
           coalesce(s.cx_n, 0) AS cx_n, coalesce(s.cx_sum, 0) AS cx_sum
    FROM scopes x
    LEFT JOIN o ON o.scope = x.scope LEFT JOIN a ON a.scope = x.scope LEFT JOIN l ON l.scope = x.scope
    LEFT JOIN c ON c.scope = x.scope LEFT JOIN worked ON worked.scope = x.scope LEFT JOIN s ON s.scope = x.scope)
SELECT k.scope,
       k.orders::BIGINT AS "orders",
       k.csr_orders::BIGINT AS "csrOrders",
       percent(k.csr_orders, (SELECT orders FROM k WHERE scope = '*')) AS "csrOrdersShare",
       k.revenue AS "revenue",
       money_div(k.revenue, k.orders) AS "aov",
       k.refunds::BIGINT AS "refundCount",
       percent(k.refunds, k.orders) AS "refundRate",
       k.refunded AS "refundedRevenue",
       CASE WHEN k.revenue = 0 THEN NULL ELSE (k.refunded * 100)::DOUBLE / k.revenue::DOUBLE END AS "refundedRevenueRate",
       k.returns::BIGINT AS "returnCount",
       k.rmas::BIGINT AS "rmaCount",
       k.chargebacks::BIGINT AS "chargebackCount",
       k.chargeback_lost AS "chargebackLostRevenue",
       k.reprocesses::BIGINT AS "reprocessCount",
       k.cancels::BIGINT AS "cancelCount",
       percent(k.cancels, k.orders) AS "cancelRate",
       k.rebill AS "rebillDiscountTotal",
       k.retry AS "retryDiscountTotal",
       money_div(k.revenue - k.cogs, k.initial_orders) AS "cltv",
       k.logins::BIGINT AS "loginCount",
       -- agents in the scope: the store's active agents and whoever logged in; an agent itself
       -- when active or when it logged in
       ratio(k.logins, $4 * CASE WHEN k.scope = '*' THEN (SELECT n FROM login_agents)
                                 WHEN k.active OR k.logins > 0 THEN 1 ELSE 0 END) AS "avgLoginsPerDay",
       k.conversations::BIGINT AS "conversations",
       k.replied::BIGINT AS "replied",
       k.archived::BIGINT AS "archived",
       percent(k.on_time, k.replied) AS "onTimeRate",
       k.happy::BIGINT AS "happy",
       k.neutral::BIGINT AS "neutral",
       k.sad::BIGINT AS "sad",
       k.acquisition_revenue AS "acquisitionRevenue",
       percent(k.acquired, k.conversations) AS "acquisitionRate",
       k.retention_revenue AS "retentionRevenue",
       percent(k.retained, k.conversations) AS "retentionRate",
       percent(k.upsell_accepted, k.upsell_made) AS "upsellRate",
       percent(k.cross_accepted, k.cross_made) AS "crossSellRate",
       mean_seconds(k.frt_sum, k.frt_n) AS "firstResponseTime.mean",
       k.frt_p50 / 1000.0::DOUBLE AS "firstResponseTime.median",
       k.frt_p90 / 1000.0::DOUBLE AS "firstResponseTime.p90",
       k.frt_n::BIGINT AS "firstResponseTime.count",
       mean_seconds(k.res_sum, k.res_n) AS "resolutionTime.mean",
       k.res_p50 / 1000.0::DOUBLE AS "resolutionTime.median",
       k.res_p90 / 1000.0::DOUBLE AS "resolutionTime.p90",
       k.res_n::BIGINT AS "resolutionTime.count",
       mean_seconds(k.handle_sum, k.handle_n) AS "handleTime.mean",
       k.handle_p50 / 1000.0::DOUBLE AS "handleTime.median",
       k.handle_p90 / 1000.0::DOUBLE AS "handleTime.p90",
       k.handle_n::BIGINT AS "handleTime.count",
       ratio(k.handled, k.agent_days) AS "agentCapacity",
       percent(k.csat_ok, k.csat_n) AS "csat",
       ratio(k.ces_sum, k.ces_n) AS "ces",
       percent(k.promoters, k.nps_n) - percent(k.detractors, k.nps_n) AS "nps",
       ratio(k.cx_sum, k.cx_n) AS "cxRating",
       money_div(k.revenue, k.customers) AS "arpa",
       percent(k.repurchasers, k.customers) AS "repurchaseRate",
       mean_seconds(k.ttv_sum, k.ttv_n) AS "timeToValue.mean",
       k.ttv_p50 / 1000.0::DOUBLE AS "timeToValue.median",
       k.ttv_p90 / 1000.0::DOUBLE AS "timeToValue.p90",
       k.ttv_n::BIGINT AS "timeToValue.count"
FROM k
