package app.frontline.digest;

import app.frontline.security.Access;
import graphql.GraphQLContext;
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
    private final Access access;

    DigestController(DigestBuilder builder, DigestMailer mailer, Access access) {
        this.builder = builder;
        this.mailer = mailer;
        this.access = access;
    }

    /** Names only the agents the caller may see, as the field guard decided for this request. */
    @QueryMapping
    Digest weeklyDigest(@Argument @Nullable String teamId, @Argument @Nullable LocalDate weekOf, GraphQLContext context) {
        return builder.build(teamId, builder.week(weekOf), access.of(context));
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
