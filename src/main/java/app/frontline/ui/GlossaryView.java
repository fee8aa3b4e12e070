package app.frontline.ui;

import jakarta.annotation.security.PermitAll;
import app.frontline.metric.Direction;
import app.frontline.metric.MetricGroup;
import app.frontline.metric.Unit;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.util.List;
import org.springframework.graphql.client.GraphQlClient;

/** Every metric as the API defines it, grouped like the catalogue: {@code graphql-documents/glossary.graphql}. */
@PermitAll
@Route(value = "glossary", layout = MainLayout.class)
@PageTitle("Glossary · Frontline")
class GlossaryView extends VerticalLayout {

    record Data(List<Definition> metricDefinitions) {
    }

    record Definition(String key, String label, MetricGroup group, String description, String formula, Unit unit,
            Direction direction, String timestamp) {
    }

    GlossaryView(GraphQlClient uiGraphQlClient) {
        setMaxWidth("60rem");
        setSpacing(false);
        addClassNames(Gap.SMALL);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        add(new H2("Glossary"));
        Queries.fetch(uiGraphQlClient.documentName("glossary"), Data.class, "The glossary").ifPresent(data -> {
            for (MetricGroup group : MetricGroup.values()) {
                var heading = new H3(group.label());
                heading.addClassNames(Margin.Top.LARGE, Margin.Bottom.XSMALL);
                add(heading);
                data.metricDefinitions().stream().filter(d -> d.group() == group).forEach(d -> add(new Entry(d)));
            }
        });
    }

    private static final class Entry extends Div {
        Entry(Definition d) {
            setId("metric-" + d.key());
            addClassNames("glossary-entry", Background.CONTRAST_5, BorderRadius.MEDIUM, Padding.Vertical.SMALL, Padding.Horizontal.MEDIUM);
            var title = new H4(d.label());
            title.addClassNames(Margin.NONE);
            var key = new Span(d.key());
            key.addClassNames(FontSize.XSMALL, TextColor.SECONDARY);
            var description = new Paragraph(d.description());
            description.addClassNames(Margin.Vertical.XSMALL);
            var facts = new Span("Formula: " + d.formula() + " · Unit: " + Formats.unitName(d.unit()) + " · "
                    + capitalised(Formats.better(d.direction())) + " · Period by " + d.timestamp());
            facts.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
            add(title, key, description, facts);
        }

        private static String capitalised(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
