package app.frontline.ui;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL from the application's own assets (WebJars under {@code /webjars/}). Spring's
 * built-in page loads its scripts from a CDN and never gets past "Loading..." offline.
 */
@Controller
class GraphiqlController {

    private static final MediaType GRAPHQL = MediaType.parseMediaType("application/graphql;charset=UTF-8");

    @GetMapping("/graphiql")
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                .body(new ClassPathResource("graphiql/index.html"));
    }

    /** The query the editor opens with, kept as a file so it reads like any other document. */
    @GetMapping("/graphiql/default-query.graphql")
    ResponseEntity<Resource> defaultQuery() {
        return ResponseEntity.ok().contentType(GRAPHQL).body(new ClassPathResource("graphiql/default-query.graphql"));
    }
}
