package app.frontline.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code frontline.security.*}: how passwords are hashed and who the first administrator is.
 *
 * @param bcryptStrength bcrypt's cost (log2 rounds) for new password hashes; stored hashes keep
 *     theirs, so changing it needs no migration
 * @param bootstrapAdmin the administrator created at start when no user of that name exists (with a
 *     real MongoDB there is no default password); both parts empty: none
 */
@ConfigurationProperties("frontline.security")
record SecurityProperties(@DefaultValue("10") int bcryptStrength, @DefaultValue BootstrapAdmin bootstrapAdmin) {

    /**
     * @param username the administrator's username; empty: no bootstrap administrator
     * @param password the administrator's password; never logged
     */
    record BootstrapAdmin(@DefaultValue("") String username, @DefaultValue("") String password) {

        boolean given() {
            return !username.isBlank() && !password.isBlank();
        }

        @Override
        public String toString() {
            return "BootstrapAdmin[" + username + "]";
        }
    }
}
