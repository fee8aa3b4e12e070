package app.frontline.ui;

import app.frontline.error.FieldError;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.client.GraphQlClient;

/**
 * API tokens for integrators (ADMIN): create one with its scopes, see its secret once (with a copy
 * button), revoke it after a confirmation. Through the same GraphQL mutations an administrator's
 * script would use.
 */
@RolesAllowed("ADMIN")
@Route(value = "admin/tokens", layout = MainLayout.class)
@PageTitle("API tokens · Frontline")
class TokensView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final GraphQlClient client;
    private final Grid<Token> grid = new Grid<>();
    private final Notice empty = new Notice("tokens-empty", "No API tokens yet",
            "create one above for each integration (a shop sync, a BI tool), so each can be revoked on its own.");
    private final TextField name = new TextField("Name");
    private final CheckboxGroup<String> scopes = new CheckboxGroup<>("Scopes");
    private final TextField secret = new TextField("Secret (shown once: copy it now)");
    private final HorizontalLayout secretRow;

    TokensView(GraphQlClient uiGraphQlClient) {
        this.client = uiGraphQlClient;
        setMaxWidth("72rem");
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);

        name.setId("token-name");
        name.setPlaceholder("e.g. shop-sync");
        name.setMaxLength(100);
        scopes.setId("token-scopes");
        scopes.setItems("READ", "INGEST");
        scopes.setValue(Set.of("READ"));
        var create = new Button("Create token", e -> create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(name, scopes, create);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);

        secret.setId("token-secret");
        secret.setReadOnly(true);
        secret.getStyle().set("flex", "1 1 16rem");
        var copy = new Button("Copy");
        copy.setId("copy-secret");
        Clipboard.onClick(copy).writeText(secret, copied -> copy.setText("Copied"),
                failed -> Queries.error(Queries.Action.COPY, "The secret",
                        "the browser refused; select it and copy it by hand"));
        secretRow = new HorizontalLayout(secret, copy);
        secretRow.setAlignItems(Alignment.BASELINE);
        secretRow.setVisible(false);
        secretRow.setWidthFull();
        secret.addValueChangeListener(e -> copy.setText("Copy"));

        grid.setId("tokens");
        grid.addColumn(Token::name).setHeader("Name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(t -> String.join(", ", t.scopes())).setHeader("Scopes").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.prefix() + "…").setHeader("Starts with").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Token::createdBy).setHeader("Created by").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> when(t.createdAt())).setHeader("Created").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.revokedAt() == null ? "active" : "revoked " + when(t.revokedAt())).setHeader("State")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setHeader("").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.setAllRowsVisible(true);

        add(new H2("API tokens"), new Paragraph("Integrators send a token as Authorization: Bearer <secret> to "
                + "/graphql (READ) or /api/import and importRecords (INGEST). Only a hash of the secret is stored."),
                form, secretRow, grid, empty);
        refresh();
    }

    private Button revokeButton(Token token) {
        var revoke = new Button("Revoke", e -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setEnabled(token.revokedAt() == null);
        return revoke;
    }

    private void create() {
        name.setInvalid(false);
        scopes.setInvalid(false);
        if (name.getValue().isBlank()) {
            invalid(name, "Give the token a name, e.g. the integration that uses it");
            return;
        }
        if (scopes.getValue().isEmpty()) {
            invalid(scopes, "Choose at least one scope");
            return;
        }
        Queries.run(Queries.Action.CREATE, client.documentName("createApiToken").variable("name", name.getValue())
                .variable("scopes", List.copyOf(scopes.getValue())), Created.class, "The token").ifPresent(payload -> {
                    Created.Payload created = payload.createApiToken();
                    if (created.errors() != null) {
                        FieldErrors.show(created.errors(), Map.of("name", name, "scopes", scopes),
                                Queries.Action.CREATE, "The token");
                        return;
                    }
                    secret.setValue(created.secret() == null ? "" : created.secret());
                    secretRow.setVisible(true);
                    name.clear();
                    refresh();
                });
    }

    private static void invalid(HasValidation field, String message) {
        FieldErrors.mark(field, message);
    }

    private void confirmRevoke(Token token) {
        var dialog = new ConfirmDialog();
        dialog.setId("confirm-revoke");
        dialog.setHeader("Revoke " + token.name() + "?");
        dialog.setText("Requests with this token are refused at once. This cannot be undone: the integration needs "
                + "a new token.");
        var confirm = new Button("Revoke", e -> {
            dialog.close();
            revoke(token.id());
        });
        confirm.setId("confirm-revoke-button");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(confirm);
        dialog.setCancelable(true);
        dialog.open();
    }

    private void revoke(String id) {
        Queries.run(Queries.Action.REVOKE, client.documentName("revokeApiToken").variable("id", id), Object.class,
                "The token");
        secretRow.setVisible(false);
        secret.clear();
        refresh();
    }

    private void refresh() {
        Queries.fetch(client.documentName("apiTokens"), Tokens.class, "The tokens").ifPresent(tokens -> {
            grid.setItems(tokens.apiTokens());
            grid.setVisible(!tokens.apiTokens().isEmpty());
            empty.setVisible(tokens.apiTokens().isEmpty());
        });
    }

    private static String when(@Nullable String instant) {
        return instant == null ? "" : OffsetDateTime.parse(instant).format(WHEN);
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
