package app.frontline.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code frontline.cors.*}: which browser apps on other origins may call the API ({@code /graphql},
 * {@code /graphql/schema}, {@code /api/**}) with a token.
 *
 * @param allowedOrigins exact origins ({@code https://app.example.com}, {@code http://localhost:5173})
 *     or patterns ({@code https://*.example.com}); empty (the default): no cross-origin calls
 * @param maxAgeSeconds how long a browser may cache a preflight's answer
 */
@ConfigurationProperties("frontline.cors")
record CorsProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue("3600") long maxAgeSeconds) {
}
