package app.frontline.digest;

import app.frontline.metric.Direction;
import app.frontline.metric.Unit;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The digest as a self-contained HTML page (styles in its head, no images or scripts), the same for
 * the e-mail and the in-app preview. Numbers read as on the dashboard: counts whole, rates "75.0 %"
 * with changes in percentage points, durations as "6 h 40 min" or "4 min 30 s", scores with one
 * decimal, money and other numbers with two. The status column appears only when a benchmark gave
 * at least one row a status; rows without one leave it empty.
 */
final class DigestHtml {

    private DigestHtml() {
    }

    static String render(Digest digest) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(esc(digest.subject()))
                .append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;color:#1a2433;margin:0;padding:16px}")
                .append("table{border-collapse:collapse;margin:8px 0 16px}")
                .append("th,td{padding:4px 10px;border-bottom:1px solid #e3e7ee;text-align:right}")
                .append("th:first-child,td:first-child{text-align:left}")
                .append(".better{color:#1b7f3b}.worse{color:#b3261e}.BREACH{color:#b3261e;font-weight:600}")
                .append(".WARN{color:#a15c00;font-weight:600}")
                // phones (and the preview at 390 px): the four columns fit without sideways scrolling
                .append("@media (max-width:480px){body{padding:8px;font-size:14px}h1{font-size:22px}")
                .append("h2{font-size:17px}th,td{padding:3px 5px}}")
                .append("</style></head><body>");
        html.append("<h1>Weekly digest: ").append(esc(digest.scopeName())).append("</h1>");
        html.append("<p>Week ").append(digest.week().from()).append(" to ").append(digest.week().to())
                .append(" (").append(esc(digest.week().zone().getId())).append("), against ")
                .append(digest.week().previous().from()).append(" to ").append(digest.week().previous().to())
                .append(".</p>");
        boolean status = digest.withStatus() && digest.rows().stream().anyMatch(r -> !"NONE".equals(r.status()));
        html.append("<table id=\"kpis\"><tr><th>Metric</th><th>This week</th><th>Previous week</th><th>Change</th>");
        if (status) {
            html.append("<th>Status</th>");
        }
        html.append("</tr>");
        for (Digest.Row row : digest.rows()) {
            Unit unit = row.metric().unit();
            html.append("<tr data-metric=\"").append(row.metric().key()).append("\"><td>")
                    .append(esc(row.metric().label())).append("</td><td>").append(value(unit, row.value()))
                    .append("</td><td>").append(value(unit, row.previous())).append("</td><td class=\"")
                    .append(trend(row)).append("\">").append(change(unit, row.value(), row.previous())).append("</td>");
            if (status) {
                html.append("<td class=\"").append(esc(row.status())).append("\">").append(statusWord(row.status()))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
        agents(html, "top", "Top agents", digest, digest.top());
        agents(html, "bottom", "Bottom agents", digest, digest.bottom());
        html.append("<p style=\"color:#5c6b80;font-size:12px\">Sent by Frontline. Agents are ranked by ")
                .append(esc(digest.rankedBy().label())).append(" over the week; agents without a value are left out.")
                .append(digest.agentsLimited() ? " Only the agents you may see are ranked." : "")
                .append("</p></body></html>");
        return html.toString();
    }

    private static void agents(StringBuilder html, String id, String title, Digest digest, List<Digest.AgentLine> lines) {
        html.append("<h2>").append(title).append(" by ").append(esc(digest.rankedBy().label())).append("</h2>");
        if (lines.isEmpty()) {
            html.append("<p id=\"").append(id).append("\">None this week.</p>");
            return;
        }
        html.append("<ol id=\"").append(id).append("\">");
        for (Digest.AgentLine line : lines) {
            html.append("<li>").append(esc(line.name())).append(": ")
                    .append(value(digest.rankedBy().unit(), line.value())).append("</li>");
        }
        html.append("</ol>");
    }

    static String value(Unit unit, @Nullable Double v) {
        if (v == null) {
            return "–";
        }
        return switch (unit) {
            case COUNT -> String.format(Locale.ROOT, "%,d", Math.round(v));
            case MONEY -> String.format(Locale.ROOT, "%,.2f", v);
            case PERCENT -> String.format(Locale.ROOT, "%.1f %%", v);
            case SECONDS -> duration(v);
            case SCORE -> String.format(Locale.ROOT, "%.1f", v);
            case NUMBER -> String.format(Locale.ROOT, "%,.2f", v);
        };
    }

    /** "45 s", "4 min 30 s", "6 h 40 min", "3 d 4 h": the two largest parts, as the web UI shows them. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        long[] sizes = {86_400, 3600, 60, 1};
        String[] names = {"d", "h", "min", "s"};
        int big = 0;
        while (big < 3 && s < sizes[big]) {
            big++;
        }
        long first = s / sizes[big];
        long second = big == 3 ? 0 : s % sizes[big] / sizes[big + 1];
        return first + " " + names[big] + (second == 0 ? "" : " " + second + " " + names[big + 1]);
    }

    private static String statusWord(String status) {
        return switch (status) {
            case "OK" -> "OK";
            case "WARN" -> "Warning";
            case "BREACH" -> "Breach";
            default -> "";
        };
    }

    static String change(Unit unit, @Nullable Double now, @Nullable Double before) {
        if (now == null || before == null) {
            return "–";
        }
        double d = now - before;
        String sign = d > 0 ? "+" : d < 0 ? "−" : "±";
        double a = Math.abs(d);
        return sign + switch (unit) {
            case PERCENT -> String.format(Locale.ROOT, "%.1f pp", a);
            default -> value(unit, a);
        };
    }

    private static String trend(Digest.Row row) {
        if (row.value() == null || row.previous() == null || row.value().equals(row.previous())
                || row.metric().direction() == Direction.NEUTRAL) {
            return "same";
        }
        boolean up = row.value() > row.previous();
        return up == (row.metric().direction() == Direction.HIGHER_IS_BETTER) ? "better" : "worse";
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s);
    }
}
