package app.frontline.metric.graphql;

import app.frontline.metric.KpiService;
import app.frontline.metric.MetricCatalogue;
import app.frontline.metric.MetricDefinition;
import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The catalogue drives the schema: each {@code Kpis} field is resolved from the computed values by
 * its key, and the descriptions of the {@code Kpis} fields and {@code MetricKey} values are the
 * catalogue's own, so GraphiQL's docs, the glossary and the code cannot drift apart.
 */
@Component
class KpiSchemaWiring implements RuntimeWiringConfigurer, GraphQlSourceBuilderCustomizer {

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.type("Kpis", type -> {
            for (MetricDefinition metric : MetricCatalogue.all()) {
                String business = KpiService.businessHours(metric.key());
                type.dataFetcher(metric.key(), env -> ((Kpis) env.getSource()).values()
                        .get(Boolean.TRUE.equals(env.getArgument("businessHours")) ? business : metric.key()));
            }
            return type;
        });
    }

    @Override
    public void customize(org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureTypeDefinitions(KpiSchemaWiring::describe);
    }

    static void describe(TypeDefinitionRegistry registry) {
        registry.getType("Kpis", ObjectTypeDefinition.class).ifPresent(kpis -> replace(registry, kpis,
                kpis.transform(b -> b.fieldDefinitions(kpis.getFieldDefinitions().stream()
                        .map(KpiSchemaWiring::describe).toList()))));
        registry.getType("MetricKey", EnumTypeDefinition.class).ifPresent(keys -> replace(registry, keys,
                keys.transform(b -> b.enumValueDefinitions(keys.getEnumValueDefinitions().stream()
                        .map(v -> MetricCatalogue.find(v.getName())
                                .map(d -> v.transform(vb -> vb.description(description(d))))
                                .orElse(v))
                        .toList()))));
    }

    private static FieldDefinition describe(FieldDefinition field) {
        return MetricCatalogue.find(field.getName())
                .map(d -> field.transform(b -> b.description(description(d))))
                .orElse(field);
    }

    private static Description description(MetricDefinition definition) {
        return new Description(definition.schemaDescription(), null, true);
    }

    private static void replace(TypeDefinitionRegistry registry, TypeDefinition<?> old, TypeDefinition<?> updated) {
        registry.remove(old);
        registry.add(updated);
    }

}
