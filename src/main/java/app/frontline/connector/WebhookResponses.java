package app.frontline.connector;

import app.frontline.security.Access;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The answers both connectors give, worded alike. */
public final class WebhookResponses {

    private WebhookResponses() {
    }

    /** A connector without a secret does not exist for the outside world. */
    public static ResponseEntity<ProblemDetail> off(String platform, String property) {
        return problem(HttpStatus.NOT_FOUND, "The " + platform + " connector is off: set " + property + " to turn it on.");
    }

    /** The signature did not verify: nothing was read or stored. */
    public static ResponseEntity<ProblemDetail> unauthorized(String header) {
        return problem(HttpStatus.UNAUTHORIZED, "The " + header + " signature is missing or does not match the body; "
                + "nothing was stored.");
    }

    public static ResponseEntity<WebhookOutcome> handled(WebhookOutcome outcome) {
        return ResponseEntity.ok(outcome);
    }

    /**
     * {@code POST /api/connectors/.../backfill}: a file streamed from the body, for callers who may
     * ingest (the same rule as {@code POST /api/import}); 400 when the file is not the expected JSON.
     */
    public static ResponseEntity<?> backfill(HttpServletRequest request, Access access,
            Function<InputStream, BackfillSummary> run) {
        if (!access.of(request).ingest()) {
            return problem(HttpStatus.FORBIDDEN, "Backfills need an ADMIN user or a token with the ingest scope.");
        }
        try {
            return ResponseEntity.ok(run.apply(request.getInputStream()));
        } catch (MappingException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (IOException e) {
            return problem(HttpStatus.BAD_REQUEST, "The body could not be read: " + e.getMessage());
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
