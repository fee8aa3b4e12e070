package app.frontline.ui;

import app.frontline.error.FieldError;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.client.GraphQlClient;

/**
 * The weekly digest as its recipients get it ({@code ?team=t-emea&week=2026-11-04}), in a sandboxed
 * frame, with "Send now" for every configured digest of the week.
 */
@RolesAllowed({"ADMIN", "MANAGER"})
@Route(value = "digest", layout = MainLayout.class)
@PageTitle("Weekly digest · Frontline")
class DigestView extends VerticalLayout implements BeforeEnterObserver {

    private static final String STORE = "";

    private final GraphQlClient client;

    DigestView(GraphQlClient uiGraphQlClient) {
        this.client = uiGraphQlClient;
        setSizeFull();
    }

    record Data(List<Api.TeamRef> teams, Preview weeklyDigest) {
    }

    record Preview(String subject, String from, String to, String html) {
    }

    /** DigestSent (sent) or a Rejection (errors). */
    record Sent(@Nullable List<Delivery> sent, @Nullable List<FieldError> errors) {
    }

    record Delivery(String to, @Nullable String teamId) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        String team = query.getSingleParameter("team").orElse(STORE);
        String week = query.getSingleParameter("week").orElse(null);
        removeAll();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("teamId", team.isEmpty() ? null : team);
        variables.put("weekOf", week);
        var request = client.documentName("digestPreview");
        variables.forEach(request::variable);
        Data data = Queries.fetch(request, Data.class, "The digest").orElse(null);
        if (data == null) {
            add(new H2("Weekly digest"));
            return;
        }
        var teams = new Select<String>();
        teams.setId("digest-team");
        teams.setLabel("Digest of");
        List<String> ids = new ArrayList<>(List.of(STORE));
        data.teams().forEach(t -> ids.add(t.id()));
        teams.setItems(ids);
        teams.setItemLabelGenerator(id -> id.isEmpty() ? "Whole store" : data.teams().stream()
                .filter(t -> t.id().equals(id)).findFirst().map(Api.TeamRef::name).orElse(id));
        teams.setValue(team);
        teams.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Map<String, String> params = new LinkedHashMap<>();
                if (!e.getValue().isEmpty()) {
                    params.put("team", e.getValue());
                }
                if (week != null) {
                    params.put("week", week);
                }
                getUI().ifPresent(ui -> ui.navigate(DigestView.class, QueryParameters.simple(params)));
            }
        });
        var send = new Button("Send now", e -> sendNow(week));
        send.setId("digest-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var subject = new Span(data.weeklyDigest().subject());
        subject.setId("digest-subject");
        var bar = new HorizontalLayout(teams, send);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        var frame = new IFrame();
        frame.setId("digest-html");
        frame.setSrcdoc(data.weeklyDigest().html());
        frame.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        frame.setWidthFull();
        frame.setHeight("70vh");
        frame.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        add(new H2("Weekly digest"), bar, subject, frame);
    }

    private void sendNow(@Nullable String week) {
        var request = client.documentName("sendDigest");
        request.variable("weekOf", week);
        Queries.fetch(request, Sent.class, "Sending the digest").ifPresent(sent ->
                Notification.show(sent.sent() == null ? "Not sent: " + (sent.errors() == null ? ""
                        : sent.errors().stream().map(FieldError::reason).collect(Collectors.joining("; ")))
                        : "Sent " + sent.sent().size() + " e-mail" + (sent.sent().size() == 1 ? "" : "s"),
                        6000, Notification.Position.TOP_CENTER));
    }
}
