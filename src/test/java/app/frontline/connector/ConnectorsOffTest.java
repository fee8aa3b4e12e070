package app.frontline.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without secrets both connectors are off: 404 whatever the signature, nothing stored. And a
 * configured secret never reaches the log, not even through the settings' toString.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ConnectorsOffTest {

    @Autowired
    ConnectorProperties properties;

    @LocalServerPort
    int port;

    @Test
    void offUntilConfigured() throws Exception {
        var http = HttpClient.newHttpClient();
        for (String platform : new String[] {"shopify", "zendesk"}) {
            var response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/webhooks/" + platform))
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .header("X-Shopify-Hmac-Sha256", ConnectorTestSupport.hmac("guess", "{}".getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(platform).isEqualTo(404);
            assertThat(response.body()).contains("frontline.connectors." + platform + ".secret");
        }
        assertThat(properties.shopify().enabled()).isFalse();
    }

    @Test
    void theSettingsNeverPrintTheirSecrets(CapturedOutput output) {
        var settings = new ConnectorProperties(new ConnectorProperties.Shopify("shpss_do_not_print", Map.of("1", "a-1"), Map.of()),
                new ConnectorProperties.Zendesk("zd_do_not_print", Map.of(), Map.of(), null, "order_"));
        System.out.println(settings);

        assertThat(settings.toString()).doesNotContain("do_not_print").contains("secret=(set)").contains("1=a-1");
        assertThat(output.getAll()).doesNotContain("do_not_print");
    }
}
