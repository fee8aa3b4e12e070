package app.frontline.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/** RFC 4180 CSV of what a table shows, offered as a download link. */
final class Csv {

    private Csv() {
    }

    static String of(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    /** A link that builds the file when clicked, so it holds the table as it is then. */
    static Anchor link(String id, String fileName, Supplier<String> csv) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8",
                    bytes.length);
        }), "Export CSV");
        anchor.setId(id);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i);
            out.append(cell.matches(".*[\",\\r\\n].*") || cell.startsWith(" ")
                    ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.append("\r\n");
    }
}
