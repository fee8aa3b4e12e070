package app.frontline.drilldown;

import app.frontline.drilldown.Connection.Edge;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Pages a collection in the store itself: one find sorted by (time desc, _id desc) with limit
 * first + 1 (the extra row answers hasNextPage), starting strictly after the cursor, plus one count
 * when totalCount is selected. Plain find operators only, so MongoDB 7+ and the embedded server agree.
 */
final class StorePager {

    private StorePager() {
    }

    static <T> Connection<T> page(MongoCollection<Document> collection, List<Document> conditions, String timeField,
            PageRequest page, Function<Document, T> node, Function<Document, @Nullable String> agent) {
        Integer total = page.countTotal() ? (int) collection.countDocuments(and(conditions)) : null;
        List<Document> paged = new ArrayList<>(conditions);
        Cursor after = page.after();
        if (after != null) {
            Date at = Date.from(after.at());
            paged.add(new Document("$or", List.of(
                    new Document(timeField, new Document("$lt", at)),
                    new Document(timeField, at).append("_id", new Document("$lt", after.id())))));
        }
        List<Edge<T>> rows = new ArrayList<>();
        for (Document d : collection.find(and(paged)).sort(new Document(timeField, -1).append("_id", -1))
                .limit(page.first() + 1)) {
            Cursor position = new Cursor(Objects.requireNonNull(Stored.instant(nested(d, timeField), leaf(timeField))),
                    d.get("_id").toString(), 0);
            rows.add(new Edge<>(position, node.apply(d), agent.apply(d)));
        }
        return Connection.of(rows, page, total);
    }

    static Document and(List<Document> conditions) {
        return conditions.size() == 1 ? conditions.getFirst() : new Document("$and", conditions);
    }

    /** The document holding a dotted path's last field: chargeback.at → the chargeback. */
    private static Document nested(Document d, String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? d : d.get(path.substring(0, dot), Document.class);
    }

    private static String leaf(String path) {
        return path.substring(path.indexOf('.') + 1);
    }
}
