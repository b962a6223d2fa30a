package gr.cloudu.helpdesk.realm;

import org.wildfly.security.auth.SupportLevel;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityRealm;
import org.wildfly.security.authz.AuthorizationIdentity;
import org.wildfly.security.authz.MapAttributes;
import org.wildfly.security.credential.Credential;
import org.wildfly.security.evidence.Evidence;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.util.ModularCrypt;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.spec.AlgorithmParameterSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The help desk's users as an Elytron realm: password hashes and roles from the application's own tables,
 * read on every request so that a disabled user, a changed password or a new role counts at once.
 *
 * <p>Why not the stock JDBC realm: HTTP Basic sends the password with every API call, and checking a
 * bcrypt hash costs ~100 ms of CPU each time, which capped the API far below the contract's load. This
 * realm remembers successful checks for a short time in a {@link VerifiedPasswords} cache, keyed by the
 * stored hash as well, so nothing needs invalidating. Failed checks are never remembered.
 */
public final class HelpdeskUserRealm implements SecurityRealm {

    private static final String PASSWORD_QUERY = "SELECT password_hash FROM app_user WHERE username = ? AND enabled = TRUE";
    private static final String ROLE_QUERY = "SELECT role FROM app_user_role WHERE username = ?";

    private String dataSourceName = "java:jboss/datasources/HelpdeskDS";
    private VerifiedPasswords verified = new VerifiedPasswords(300, 10_000);
    private volatile DataSource dataSource;

    /** Called by the elytron subsystem with the realm's {@code configuration} attribute. */
    public void initialize(Map<String, String> configuration) {
        dataSourceName = configuration.getOrDefault("data-source", dataSourceName);
        verified = new VerifiedPasswords(
                Long.parseLong(configuration.getOrDefault("verified-seconds", "300")),
                Integer.parseInt(configuration.getOrDefault("verified-entries", "10000")));
    }

    @Override
    public SupportLevel getCredentialAcquireSupport(Class<? extends Credential> credentialType, String algorithmName,
                                                    AlgorithmParameterSpec parameterSpec) {
        return SupportLevel.UNSUPPORTED;
    }

    @Override
    public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> evidenceType, String algorithmName) {
        return PasswordGuessEvidence.class.isAssignableFrom(evidenceType) ? SupportLevel.SUPPORTED : SupportLevel.UNSUPPORTED;
    }

    @Override
    public RealmIdentity getRealmIdentity(Principal principal) {
        return principal == null ? RealmIdentity.NON_EXISTENT : new UserIdentity(principal);
    }

    private final class UserIdentity implements RealmIdentity {

        private final Principal principal;
        private String storedHash;
        private boolean looked;

        UserIdentity(Principal principal) {
            this.principal = principal;
        }

        @Override
        public Principal getRealmIdentityPrincipal() {
            return principal;
        }

        @Override
        public SupportLevel getCredentialAcquireSupport(Class<? extends Credential> credentialType, String algorithmName,
                                                        AlgorithmParameterSpec parameterSpec) {
            return SupportLevel.UNSUPPORTED;
        }

        @Override
        public <C extends Credential> C getCredential(Class<C> credentialType) {
            return null;
        }

        @Override
        public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> evidenceType, String algorithmName) {
            return HelpdeskUserRealm.this.getEvidenceVerifySupport(evidenceType, algorithmName);
        }

        @Override
        public boolean verifyEvidence(Evidence evidence) throws RealmUnavailableException {
            if (!(evidence instanceof PasswordGuessEvidence guess)) {
                return false;
            }
            String hash = storedHash();
            if (hash == null) {
                return false;
            }
            char[] password = guess.getGuess();
            String username = principal.getName();
            if (verified.contains(username, hash, password)) {
                return true;
            }
            boolean matches = bcryptMatches(hash, password);
            if (matches) {
                verified.remember(username, hash, password);
            }
            return matches;
        }

        @Override
        public boolean exists() throws RealmUnavailableException {
            return storedHash() != null;
        }

        @Override
        public AuthorizationIdentity getAuthorizationIdentity() throws RealmUnavailableException {
            Set<String> roles = new HashSet<>();
            try (Connection connection = dataSource().getConnection();
                 PreparedStatement statement = connection.prepareStatement(ROLE_QUERY)) {
                statement.setString(1, principal.getName());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        roles.add(rows.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new RealmUnavailableException("Cannot read the roles of " + principal.getName(), e);
            }
            MapAttributes attributes = new MapAttributes();
            attributes.addAll("Roles", roles);
            return AuthorizationIdentity.basicIdentity(attributes);
        }

        private String storedHash() throws RealmUnavailableException {
            if (!looked) {
                try (Connection connection = dataSource().getConnection();
                     PreparedStatement statement = connection.prepareStatement(PASSWORD_QUERY)) {
                    statement.setString(1, principal.getName());
                    try (ResultSet rows = statement.executeQuery()) {
                        storedHash = rows.next() ? rows.getString(1) : null;
                    }
                } catch (SQLException e) {
                    throw new RealmUnavailableException("Cannot read the user " + principal.getName(), e);
                }
                looked = true;
            }
            return storedHash;
        }
    }

    private static boolean bcryptMatches(String modularCrypt, char[] guess) {
        try {
            Password stored = ModularCrypt.decode(modularCrypt);
            PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm(),
                    WildFlyElytronPasswordProvider.getInstance());
            return factory.verify(factory.translate(stored), guess);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    // The datasource is bound after the realm starts, so it is looked up on first use.
    private DataSource dataSource() throws RealmUnavailableException {
        DataSource current = dataSource;
        if (current == null) {
            try {
                current = (DataSource) new InitialContext().lookup(dataSourceName);
            } catch (NamingException e) {
                throw new RealmUnavailableException("The user store " + dataSourceName + " is not available", e);
            }
            dataSource = current;
        }
        return current;
    }
}
