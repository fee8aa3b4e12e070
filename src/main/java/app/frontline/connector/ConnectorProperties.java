package app.frontline.connector;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code frontline.connectors.*}: the webhook secrets and how the platforms' people map onto
 * Frontline's agents and teams. A connector without a secret is off (its endpoint answers 404).
 *
 * @param shopify the Shopify order connector
 * @param zendesk the Zendesk ticket connector
 */
@ConfigurationProperties("frontline.connectors")
public record ConnectorProperties(@DefaultValue Shopify shopify, @DefaultValue Zendesk zendesk) {

    /**
     * @param secret the app's client secret (Shopify signs every webhook body with it)
     * @param staffAgents Shopify staff (user) id → Frontline agent id, for orders, refunds and
     *     returns made by staff
     * @param tagAgents order tag → Frontline agent id, for orders whose creator Shopify does not
     *     name (e.g. a tag the agent adds in the admin); used when the staff id is absent or unmapped
     */
    public record Shopify(@Nullable String secret, @DefaultValue Map<String, String> staffAgents,
            @DefaultValue Map<String, String> tagAgents) {

        public boolean enabled() {
            return secret != null && !secret.isBlank();
        }

        @Override
        public String toString() {
            return "Shopify[secret=" + (enabled() ? "(set)" : "(none)") + ", staffAgents=" + staffAgents
                    + ", tagAgents=" + tagAgents + "]";
        }
    }

    /**
     * @param secret the webhook's signing secret (shown in Zendesk's Admin Center on the webhook)
     * @param groupTeams Zendesk group id → Frontline team id
     * @param userAgents Zendesk user (agent) id → Frontline agent id
     * @param orderField id of the ticket custom field that holds the Shopify order (id, name such as
     *     {@code #1001}, or number)
     * @param orderTagPrefix a ticket tag starting with this prefix holds the order in its remainder
     *     (e.g. {@code order_1001} with prefix {@code order_}); empty: tags are not read
     */
    public record Zendesk(@Nullable String secret, @DefaultValue Map<String, String> groupTeams,
            @DefaultValue Map<String, String> userAgents, @Nullable String orderField,
            @DefaultValue("order_") String orderTagPrefix) {

        public boolean enabled() {
            return secret != null && !secret.isBlank();
        }

        @Override
        public String toString() {
            return "Zendesk[secret=" + (enabled() ? "(set)" : "(none)") + ", groupTeams=" + groupTeams
                    + ", userAgents=" + userAgents + ", orderField=" + orderField + ", orderTagPrefix="
                    + orderTagPrefix + "]";
        }
    }
}
