package app.frontline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every GraphQL document of the UI (src/main/resources/graphql-documents) and of the tests is valid
 * against the schema (schema/*.graphqls), so a schema change that breaks a view's document fails
 * here, without a browser, rather than as an error notification in the running app.
 */
class UiDocumentsMatchSchemaTest {

    @Test
    void everyDocumentValidates() throws IOException {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        for (Path file : files(Path.of("schema"), ".graphqls")) {
            types.merge(new SchemaParser().parse(Files.readString(file)));
        }
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
        List<Path> documents = Stream.concat(files(Path.of("src/main/resources/graphql-documents"), ".graphql").stream(),
                files(Path.of("src/test/resources/graphql-test"), ".graphql").stream()).toList();
        assertThat(documents).hasSizeGreaterThan(40);
        // files holding only fragments are appended to the documents that spread them, as the testers do
        Map<String, String> fragments = new HashMap<>();
        for (Path document : documents) {
            String text = Files.readString(document);
            if (!OPERATION.matcher(text).find()) {
                Matcher m = FRAGMENT.matcher(text);
                while (m.find()) {
                    fragments.put(m.group(1), text);
                }
            }
        }
        for (Path document : documents) {
            String text = Files.readString(document);
            if (OPERATION.matcher(text).find()) {
                List<ValidationError> errors = new Validator().validateDocument(schema,
                        Parser.parse(withFragments(text, fragments)), Locale.ROOT);
                assertThat(errors).as(document.toString()).isEmpty();
            }
        }
    }

    private static final Pattern OPERATION = Pattern.compile("(?m)^\\s*(query|mutation|subscription|\\{)");
    private static final Pattern FRAGMENT = Pattern.compile("fragment\\s+(\\w+)\\s+on");
    private static final Pattern SPREAD = Pattern.compile("\\.\\.\\.\\s*(\\w+)");

    private static String withFragments(String document, Map<String, String> fragments) {
        Set<String> added = new LinkedHashSet<>();
        String text = document;
        for (boolean more = true; more; ) {
            more = false;
            Matcher m = SPREAD.matcher(text);
            while (m.find()) {
                String fragment = fragments.get(m.group(1));
                more |= fragment != null && added.add(fragment);
            }
            text = document + "\n" + String.join("\n", added);
        }
        return text;
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
