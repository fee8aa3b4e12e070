package app.frontline.connector;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Base64 HMAC-SHA256 signatures as both platforms send them (Shopify over the body, Zendesk over
 * timestamp + body), checked in constant time so a caller cannot find the right signature byte by
 * byte from response times.
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    /** The base64 HMAC-SHA256 of the parts, one after the other, keyed with the secret (UTF-8). */
    public static String sign(String secret, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether the header carries the signature of the parts; a missing header never matches. */
    public static boolean matches(@Nullable String header, String secret, byte[]... parts) {
        if (header == null || header.isBlank()) {
            return false;
        }
        byte[] expected = sign(secret, parts).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, header.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
