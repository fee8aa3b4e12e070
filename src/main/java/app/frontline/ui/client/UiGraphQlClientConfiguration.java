package app.frontline.ui.client;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.graphql.support.CachingDocumentSource;
import org.springframework.graphql.support.ResourceDocumentSource;

@Configuration(proxyBeanMethods = false)
class UiGraphQlClientConfiguration {

    /** Views load their queries by name: {@code client.documentName("overview")}. */
    @Bean
    GraphQlClient uiGraphQlClient(ExecutionGraphQlService service) {
        var documents = new ResourceDocumentSource(List.of(new ClassPathResource("graphql-documents/")),
                ResourceDocumentSource.FILE_EXTENSIONS);
        return GraphQlClient.builder(new InProcessGraphQlTransport(service))
                .documentSource(new CachingDocumentSource(documents))
                .build();
    }
}
