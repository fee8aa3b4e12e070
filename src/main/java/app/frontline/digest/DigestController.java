package app.frontline.digest;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code weeklyDigest} (the preview) and {@code sendWeeklyDigest} (send now). */
@Controller
@EnableConfigurationProperties(DigestProperties.class)
class DigestController {

    private final DigestBuilder builder;
    private final DigestMailer mailer;

    DigestController(DigestBuilder builder, DigestMailer mailer) {
        this.builder = builder;
        this.mailer = mailer;
    }

    @QueryMapping
    Digest weeklyDigest(@Argument @Nullable String teamId, @Argument @Nullable LocalDate weekOf) {
        return builder.build(teamId, builder.week(weekOf));
    }

    @MutationMapping
    DigestMailer.Outcome sendWeeklyDigest(@Argument @Nullable LocalDate weekOf) {
        return mailer.send(builder.week(weekOf));
    }

    @SchemaMapping(typeName = "WeeklyDigest")
    String html(Digest digest) {
        return DigestHtml.render(digest);
    }

    @SchemaMapping(typeName = "WeeklyDigest")
    String subject(Digest digest) {
        return digest.subject();
    }

    @SchemaMapping(typeName = "WeeklyDigest")
    LocalDate from(Digest digest) {
        return digest.week().from();
    }

    @SchemaMapping(typeName = "WeeklyDigest")
    LocalDate to(Digest digest) {
        return digest.week().to();
    }
}
