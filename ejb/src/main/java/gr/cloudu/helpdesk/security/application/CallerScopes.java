package gr.cloudu.helpdesk.security.application;

import gr.cloudu.helpdesk.security.domain.Role;
import gr.cloudu.helpdesk.security.domain.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Resolves the authenticated caller of the current use case into a {@link CallerScope}. */
@Stateless
@PermitAll
public class CallerScopes {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /**
     * The caller, read once per transaction: a use case asks several times (and a batch of mails once per mail),
     * and a caller who is no user of the store (the container) would otherwise cost a query each time.
     */
    public CallerScope current() {
        String name = context.getCallerPrincipal().getName();
        boolean inTransaction = transaction.getTransactionKey() != null;
        List<Object> key = List.of(CallerScopes.class, name);
        if (inTransaction && transaction.getResource(key) instanceof CallerScope known) {
            return known;
        }
        // Disabled while logged in: the web session still carries the login, the store no longer does.
        CallerScope scope = named(name).orElseThrow(() -> new EJBAccessException("The login " + name + " is disabled"));
        if (inTransaction) {
            transaction.putResource(key, scope);
        }
        return scope;
    }

    /**
     * A caller by the name they signed in with, as {@link #current()} resolves them: for a request that another thread
     * carries out on the caller's behalf (several reports filed in one transaction). Empty when the login is
     * disabled: the caller's request is refused, the others in the transaction go on.
     */
    public Optional<CallerScope> named(String name) {
        UserAccount account = em.find(UserAccount.class, name);
        if (account != null && !account.enabled()) {
            return Optional.empty();
        }
        // Not a user of the store: the container itself (timers, message listeners) acting for the system.
        return Optional.of(account == null ? new CallerScope(name, name, EnumSet.noneOf(Role.class), null, null) : scopeOf(account));
    }

    /**
     * Whether a page session of a user, signed in at {@code signedInAt}, may go on: the login exists, is enabled, and its
     * password was not changed since (a new password ends the sessions opened with the old one).
     */
    @PermitAll
    public boolean mayStaySignedIn(String username, Instant signedInAt) {
        UserAccount account = username == null ? null : em.find(UserAccount.class, username);
        return account != null && account.mayStaySignedIn(signedInAt);
    }

    /** The scope of a named user of the store (whom a packet or a notice is for), or empty if there is none. */
    public Optional<CallerScope> of(String username) {
        UserAccount account = username == null ? null : em.find(UserAccount.class, username);
        return Optional.ofNullable(account).map(CallerScopes::scopeOf);
    }

    private static CallerScope scopeOf(UserAccount account) {
        return new CallerScope(account.username(), account.fullName(), account.roles(), account.customerCode(), account.email());
    }
}
