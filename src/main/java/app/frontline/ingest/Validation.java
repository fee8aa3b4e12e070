package app.frontline.ingest;

import app.frontline.error.FieldError;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/** What the validator makes of one record: a document to store, or every error it has. */
sealed interface Validation {

    /** A record to store; {@code references} are the ones to check after the import (agent → team). */
    record Valid(RecordType type, String id, Document document, List<Reference> references) implements Validation {
    }

    /** A rejected record; type and id are given when they could be read. */
    record Invalid(@Nullable String type, @Nullable String id, List<FieldError> errors) implements Validation {
    }

    /** A reference from a field of this record to a record of another collection. */
    record Reference(String field, RecordType target, String id) {
    }
}
