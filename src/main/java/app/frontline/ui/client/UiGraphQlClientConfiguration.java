package app.frontline.ui.client;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.graphql.support.CachingDocumentSource;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@Configuration(proxyBeanMethods = false)
class UiGraphQlClientConfiguration {

    /** Views load their queries by name: {@code client.documentName("overview")}. */
    @Bean
    GraphQlClient uiGraphQlClient(ExecutionGraphQlService service,
            ObjectProvider<SecurityContextHolderStrategy> security) {
        var documents = new ResourceDocumentSource(List.of(new ClassPathResource("graphql-documents/")),
                ResourceDocumentSource.FILE_EXTENSIONS);
        return GraphQlClient.builder(new InProcessGraphQlTransport(service,
                security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)))
                .documentSource(new CachingDocumentSource(documents))
                .build();
    }
}
