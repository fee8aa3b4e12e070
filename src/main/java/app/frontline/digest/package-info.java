/**
 * The weekly digest: an HTML e-mail per manager (store-wide) and per team with the week's KPIs
 * against the previous week and the top and bottom agents, sent every Monday morning over SMTP
 * (Spring Mail) when {@code spring.mail.host} is set, on demand ({@code sendWeeklyDigest}) and
 * previewed in the app ({@code weeklyDigest}, {@code /digest}). Public API:
 * {@link app.frontline.digest.DigestStatus}, the hook through which benchmark status joins the digest.
 */
@NullMarked
package app.frontline.digest;

import org.jspecify.annotations.NullMarked;
