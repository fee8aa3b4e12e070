package app.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code frontline.*} setting of a {@code @ConfigurationProperties} record (as the build's
 * configuration processor lists them) has its row in the README's settings table, so a new setting
 * cannot go undocumented.
 */
class SettingsDocumentedTest {

    @Test
    void everySettingIsInTheReadmeTable() throws IOException {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the configuration processor's metadata").isNotNull();
            metadata = JsonMapper.builder().build().readTree(in);
        }
        List<String> names = new ArrayList<>();
        metadata.path("properties").forEach(p -> names.add(p.path("name").asString()));
        // the records of store, demo, period, security (two) and digest
        assertThat(names).contains("frontline.time-zone", "frontline.store.data-dir", "frontline.demo.size",
                "frontline.security.bcrypt-strength", "frontline.security.bootstrap-admin.username",
                "frontline.graphql.timeout", "frontline.digest.rank-by");
        String readme = Files.readString(Path.of("README.md"));
        for (String name : names) {
            if (name.startsWith("frontline.")) {
                // a map setting is documented as name.<key>
                String row = name.equals("frontline.digest.teams") ? "`frontline.digest.teams.<teamId>`" : "`" + name + "`";
                assertThat(readme).as("README row for " + name).contains("| " + row + " |");
            }
        }
    }
}
