package app.frontline.ingest;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The record types of the ingest format and the collection each is stored in. */
enum RecordType {
    TEAM("team", "teams"),
    AGENT("agent", "agents"),
    LOGIN("login", "logins"),
    CONVERSATION("conversation", "conversations"),
    SURVEY("survey", "surveys"),
    ORDER("order", "orders");

    static final String NAMES = Arrays.stream(values()).map(RecordType::formatName).collect(Collectors.joining(", "));

    private final String formatName;
    private final String collection;

    RecordType(String formatName, String collection) {
        this.formatName = formatName;
        this.collection = collection;
    }

    String formatName() {
        return formatName;
    }

    String collection() {
        return collection;
    }

    static @Nullable RecordType byFormatName(String name) {
        for (RecordType t : values()) {
            if (t.formatName.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
