package app.frontline.ui;

import app.frontline.error.FieldError;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.client.GraphQlClient;

/**
 * API tokens for integrators (ADMIN): create one with its scopes, see its secret once, revoke it.
 * Through the same GraphQL mutations an administrator's script would use.
 */
@RolesAllowed("ADMIN")
@Route(value = "admin/tokens", layout = MainLayout.class)
@PageTitle("API tokens · Frontline")
class TokensView extends VerticalLayout {

    private final GraphQlClient client;
    private final Grid<Token> grid = new Grid<>();
    private final TextField secret = new TextField("Secret (shown once: copy it now)");

    TokensView(GraphQlClient uiGraphQlClient) {
        this.client = uiGraphQlClient;
        setMaxWidth("72rem");
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);

        var name = new TextField("Name");
        name.setId("token-name");
        name.setPlaceholder("e.g. shop-sync");
        var scopes = new CheckboxGroup<String>("Scopes");
        scopes.setId("token-scopes");
        scopes.setItems("READ", "INGEST");
        scopes.setValue(Set.of("READ"));
        var create = new Button("Create token", e -> create(name.getValue(), List.copyOf(scopes.getValue())));
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(name, scopes, create);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);

        secret.setId("token-secret");
        secret.setReadOnly(true);
        secret.setVisible(false);
        secret.setWidthFull();

        grid.setId("tokens");
        grid.addColumn(Token::name).setHeader("Name");
        grid.addColumn(Token::id).setHeader("Id");
        grid.addColumn(t -> String.join(", ", t.scopes())).setHeader("Scopes");
        grid.addColumn(t -> t.prefix() + "…").setHeader("Starts with");
        grid.addColumn(Token::createdBy).setHeader("Created by");
        grid.addColumn(t -> t.revokedAt() == null ? "active" : "revoked " + t.revokedAt()).setHeader("State");
        grid.addComponentColumn(t -> {
            var revoke = new Button("Revoke", e -> revoke(t.id()));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setEnabled(t.revokedAt() == null);
            return revoke;
        }).setHeader("");
        grid.setAllRowsVisible(true);

        add(new H2("API tokens"), new Paragraph("Integrators send a token as Authorization: Bearer <secret> to "
                + "/graphql (READ) or /api/import and importRecords (INGEST). Only a hash of the secret is stored."),
                form, secret, grid);
        refresh();
    }

    private void create(String name, List<String> scopes) {
        Queries.fetch(client.documentName("createApiToken").variable("name", name).variable("scopes", scopes),
                Created.class, "The new token").ifPresent(payload -> {
                    Created.Payload created = payload.createApiToken();
                    if (created.errors() != null) {
                        Queries.refused("The token", created.errors());
                        return;
                    }
                    secret.setValue(created.secret() == null ? "" : created.secret());
                    secret.setVisible(true);
                    refresh();
                });
    }

    private void revoke(String id) {
        Queries.fetch(client.documentName("revokeApiToken").variable("id", id), Object.class, "The revocation");
        secret.setVisible(false);
        secret.clear();
        refresh();
    }

    private void refresh() {
        Queries.fetch(client.documentName("apiTokens"), Tokens.class, "The tokens")
                .ifPresent(tokens -> grid.setItems(tokens.apiTokens()));
    }

    record Tokens(List<Token> apiTokens) {
    }

    record Token(String id, String name, List<String> scopes, String prefix, String createdBy, String createdAt,
            @Nullable String revokedAt) {
    }

    record Created(Payload createApiToken) {
        /** ApiTokenCreated (token, secret) or a Rejection (errors). */
        record Payload(@Nullable Object token, @Nullable String secret, @Nullable List<FieldError> errors) {
        }
    }
}
