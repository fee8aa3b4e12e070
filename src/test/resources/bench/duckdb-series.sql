-- The dashboard's five weekly series for the store over [$1, $2) (TIMESTAMPTZ as text), in zone $3,
-- the period's first and last day $4 and $5: one row per ISO week (Monday start) the period
-- touches, also when it holds no record; an event's week is that of its local date in the zone.
WITH weeks AS (
    SELECT CAST(w AS DATE) AS week
    FROM range(date_trunc('week', CAST($4 AS DATE)), CAST(CAST($5 AS DATE) + 1 AS TIMESTAMP), INTERVAL 7 DAY) r(w)),
cv AS (
    SELECT CAST(date_trunc('week', timezone($3, created_at)) AS DATE) AS week, count(*) AS n,
           count(frt_ms) AS frt_n, sum(frt_ms) AS frt_sum
    FROM conversations WHERE created_at >= CAST($1 AS TIMESTAMPTZ) AND created_at < CAST($2 AS TIMESTAMPTZ) GROUP BY 1),
od AS (
    SELECT CAST(date_trunc('week', timezone($3, created_at)) AS DATE) AS week, count(*) AS n,
           sum(total) AS revenue
    FROM orders WHERE created_at >= CAST($1 AS TIMESTAMPTZ) AND created_at < CAST($2 AS TIMESTAMPTZ) GROUP BY 1),
rf AS (
    SELECT CAST(date_trunc('week', timezone($3, "at")) AS DATE) AS week, count(*) AS n
    FROM actions WHERE kind = 'refund' AND "at" >= CAST($1 AS TIMESTAMPTZ) AND "at" < CAST($2 AS TIMESTAMPTZ) GROUP BY 1),
sv AS (
    SELECT CAST(date_trunc('week', timezone($3, "at")) AS DATE) AS week, count(*) AS n,
           count(*) FILTER (WHERE score >= 4) AS ok
    FROM surveys WHERE kind = 'csat' AND "at" >= CAST($1 AS TIMESTAMPTZ) AND "at" < CAST($2 AS TIMESTAMPTZ) GROUP BY 1)
SELECT w.week,
       coalesce(cv.n, 0)::DOUBLE AS "conversations",
       coalesce(od.revenue, 0)::DOUBLE AS "revenue",
       percent(sv.ok, coalesce(sv.n, 0)) AS "csat",
       mean_seconds(cv.frt_sum, coalesce(cv.frt_n, 0)) AS "firstResponseTime",
       percent(coalesce(rf.n, 0), coalesce(od.n, 0)) AS "refundRate"
FROM weeks w
LEFT JOIN cv ON cv.week = w.week LEFT JOIN od ON od.week = w.week
LEFT JOIN rf ON rf.week = w.week LEFT JOIN sv ON sv.week = w.week
ORDER BY w.week
