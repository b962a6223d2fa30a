package gr.cloudu.helpdesk.security.application;

import gr.cloudu.helpdesk.security.domain.Role;
import gr.cloudu.helpdesk.security.domain.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A fresh installation has no users, and only an administrator can create them: when no administrator
 * exists and {@code HELPDESK_ADMIN_PASSWORD} is set, the first one ({@code admin}) is created with it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "helpdesk.admin.password")
    private Optional<String> adminPassword;

    @PostConstruct
    void createFirstAdministrator() {
        long admins = em.createQuery("SELECT COUNT(u) FROM UserAccount u JOIN u.roles r WHERE r = :admin", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult();
        if (admins > 0 || adminPassword.isEmpty()) {
            return;
        }
        char[] password = UserAccount.acceptablePassword(adminPassword.get());
        em.persist(new UserAccount("admin", hasher.hash(password), "Administrator", null, EnumSet.of(Role.ADMIN), null,
                clock.instant()));
        LOG.info("Created the first administrator 'admin' from HELPDESK_ADMIN_PASSWORD");
    }
}
