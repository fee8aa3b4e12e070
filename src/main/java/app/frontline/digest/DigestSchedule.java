package app.frontline.digest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every Monday morning (frontline.digest.cron, in frontline.digest.zone or the store's zone), last
 * week's digests. Exists only when an SMTP host is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
@EnableScheduling
class DigestSchedule {

    private final DigestMailer mailer;
    private final DigestBuilder builder;

    DigestSchedule(DigestMailer mailer, DigestBuilder builder) {
        this.mailer = mailer;
        this.builder = builder;
    }

    @Scheduled(cron = "${frontline.digest.cron:0 0 7 * * MON}", zone = "${frontline.digest.zone:${frontline.time-zone:UTC}}")
    void weekly() {
        mailer.send(builder.week(null));
    }
}
