package app.frontline.digest;

import app.frontline.error.FieldError;
import app.frontline.period.Period;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends the digests of a week: the store's to each of {@code frontline.digest.recipients}, each
 * team's to its own list, one e-mail per recipient. Without {@code spring.mail.host} Spring Boot
 * makes no {@link JavaMailSender} and nothing is sent: {@link #send} says why.
 */
@Service
class DigestMailer {

    private static final Logger log = LoggerFactory.getLogger(DigestMailer.class);

    private final DigestBuilder builder;
    private final DigestProperties properties;
    private final ObjectProvider<JavaMailSender> mail;

    DigestMailer(DigestBuilder builder, DigestProperties properties, ObjectProvider<JavaMailSender> mail) {
        this.builder = builder;
        this.properties = properties;
        this.mail = mail;
    }

    record Delivery(String to, @Nullable String teamId, String subject) {
    }

    /** What a send came to: the GraphQL {@code SendDigestPayload} (class names are its type names). */
    sealed interface Outcome permits DigestSent, DigestRejected {
    }

    /** The e-mails sent, one per recipient. */
    record DigestSent(List<Delivery> sent) implements Outcome {
    }

    /** Nothing was sent: each error names the setting to set and why. */
    record DigestRejected(List<FieldError> errors) implements Outcome {
    }

    Outcome send(Period week) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return new DigestRejected(List.of(new FieldError("spring.mail.host", "e-mail is not configured: set spring.mail.host")));
        }
        if (properties.recipients().isEmpty() && properties.teams().isEmpty()) {
            return new DigestRejected(List.of(new FieldError("frontline.digest.recipients",
                    "no recipients: set frontline.digest.recipients or frontline.digest.teams.<teamId>")));
        }
        List<Delivery> sent = new ArrayList<>();
        if (!properties.recipients().isEmpty()) {
            sendTo(sender, builder.build(null, week), properties.recipients(), sent);
        }
        for (Map.Entry<String, List<String>> team : properties.teams().entrySet()) {
            if (!team.getValue().isEmpty()) {
                sendTo(sender, builder.build(team.getKey(), week), team.getValue(), sent);
            }
        }
        log.info("Weekly digest {} to {}: {} e-mails", week.from(), week.to(), sent.size());
        return new DigestSent(sent);
    }

    private void sendTo(JavaMailSender sender, Digest digest, List<String> recipients, List<Delivery> sent) {
        String html = DigestHtml.render(digest);
        for (String to : recipients) {
            try {
                var message = sender.createMimeMessage();
                var helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(properties.from());
                helper.setTo(to.trim());
                helper.setSubject(digest.subject());
                helper.setText(html, true);
                sender.send(message);
                sent.add(new Delivery(to.trim(), digest.teamId(), digest.subject()));
            } catch (MessagingException e) {
                throw new IllegalStateException("could not write the digest e-mail to " + to + ": " + e.getMessage(), e);
            }
        }
    }
}
