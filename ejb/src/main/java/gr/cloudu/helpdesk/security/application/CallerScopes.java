package gr.cloudu.helpdesk.security.application;

import gr.cloudu.helpdesk.security.domain.Role;
import gr.cloudu.helpdesk.security.domain.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;

/** Resolves the authenticated caller of the current use case into a {@link CallerScope}. */
@Stateless
@PermitAll
public class CallerScopes {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    public CallerScope current() {
        String name = context.getCallerPrincipal().getName();
        UserAccount account = em.find(UserAccount.class, name);
        if (account == null) {
            // Not a user of the store: the container itself (timers, message listeners) acting for the system.
            return new CallerScope(name, name, EnumSet.noneOf(Role.class), null, null);
        }
        return new CallerScope(account.username(), account.fullName(), account.roles(), account.customerCode(), account.email());
    }

    /** The scope of a named user of the store (whom a packet or a notice is for), or empty if there is none. */
    public java.util.Optional<CallerScope> of(String username) {
        UserAccount account = username == null ? null : em.find(UserAccount.class, username);
        return java.util.Optional.ofNullable(account).map(a -> new CallerScope(a.username(), a.fullName(), a.roles(),
                a.customerCode(), a.email()));
    }
}
