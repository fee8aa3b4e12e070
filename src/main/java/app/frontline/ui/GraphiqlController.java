package app.frontline.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * GraphiQL from the application's own assets (WebJars under {@code /webjars/}). Spring's
 * built-in page loads its scripts from a CDN and never gets past "Loading..." offline.
 */
@Controller
class GraphiqlController {

    private static final MediaType GRAPHQL = MediaType.parseMediaType("application/graphql;charset=UTF-8");

    private final String page;

    GraphiqlController() throws IOException {
        this.page = new ClassPathResource("graphiql/index.html").getContentAsString(StandardCharsets.UTF_8);
    }

    /**
     * The page, with this session's CSRF token for its requests to {@code /graphql} (signed in by
     * session, so CSRF-protected like any browser request).
     */
    @GetMapping("/graphiql")
    ResponseEntity<String> page(CsrfToken csrf) {
        String html = page.replace("__CSRF_HEADER__", HtmlUtils.htmlEscape(csrf.getHeaderName()))
                .replace("__CSRF_TOKEN__", HtmlUtils.htmlEscape(csrf.getToken()));
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore()).body(html);
    }

    /** The query the editor opens with, kept as a file so it reads like any other document. */
    @GetMapping("/graphiql/default-query.graphql")
    ResponseEntity<Resource> defaultQuery() {
        return ResponseEntity.ok().contentType(GRAPHQL).body(new ClassPathResource("graphiql/default-query.graphql"));
    }
}
