package app.frontline.ingest;

import app.frontline.security.Access;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/import}: an NDJSON body, streamed from the request as it arrives, answered with
 * the {@link ImportSummary} (200 also when lines were rejected: they are data, listed in the
 * summary). 400 only when the body is empty or cannot be read; 403 unless the caller may ingest
 * (an ADMIN user or a token with the {@code ingest} scope: the same rule as {@code importRecords}).
 */
@RestController
class ImportHttpController {

    private final RecordImporter importer;
    private final Access access;

    ImportHttpController(RecordImporter importer, Access access) {
        this.importer = importer;
        this.access = access;
    }

    @PostMapping(path = "/api/import",
            consumes = {"application/x-ndjson", "application/jsonl", "text/plain", "application/octet-stream"})
    ResponseEntity<?> importNdjson(HttpServletRequest request) {
        if (!access.of(request).ingest()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN, "Imports need an ADMIN user or a token with the ingest scope."));
        }
        try {
            PushbackInputStream body = new PushbackInputStream(request.getInputStream(), 1);
            int first = body.read();
            if (first < 0) {
                return badRequest("The body is empty: send one NDJSON record a line.");
            }
            body.unread(first);
            ImportSummary summary = importer.importNdjson(body, ImportProgress.NONE);
            if (summary.accepted() == 0 && summary.rejected() == 0) {
                return badRequest("The body holds no records, only blank lines.");
            }
            return ResponseEntity.ok(summary);
        } catch (IOException | UncheckedIOException e) {
            return badRequest("The body could not be read: " + e.getMessage());
        }
    }

    private static ResponseEntity<ProblemDetail> badRequest(String detail) {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
    }
}
