package gr.cloudu.helpdesk.security.application;

import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.security.domain.Role;
import gr.cloudu.helpdesk.security.domain.UserAccount;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Creates, lists and changes logins (administrators only). */
@Stateless
@RolesAllowed("ADMIN")
public class UserAdministrationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private CustomerQueries customers;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    public UserView create(NewUser command) {
        String username = Require.code("username", command.username());
        if (em.find(UserAccount.class, username) != null) {
            throw BusinessException.conflict("duplicate_user", username);
        }
        Set<Role> roles = roles(command.roles());
        requireKnownCustomer(command.customer());
        char[] password = UserAccount.acceptablePassword(command.password());
        UserAccount account = new UserAccount(username, hasher.hash(password), command.fullName(), command.email(),
                roles, command.customer(), clock.instant());
        em.persist(account);
        return UserView.of(account);
    }

    /** Every login, by user name. */
    public List<UserView> all() {
        return em.createQuery("SELECT u FROM UserAccount u ORDER BY u.username", UserAccount.class)
                .getResultStream().map(UserView::of).toList();
    }

    /**
     * Changes a login. An administrator cannot lock themselves out (disable their own login or drop their own
     * ADMIN role): another administrator has to.
     */
    public UserView revise(String username, UserChange change) {
        return revise(username, change, null);
    }

    /** The change and, when one is given, a new password: both or neither. */
    public UserView revise(String username, UserChange change, String newPassword) {
        UserAccount account = account(username);
        if (newPassword != null && !newPassword.isEmpty()) {
            account.changePassword(hasher.hash(UserAccount.acceptablePassword(newPassword)), clock.instant());
        }
        Set<Role> roles = roles(change.roles());
        boolean enabled = change.enabled() == null || change.enabled();
        if (account.username().equals(context.getCallerPrincipal().getName()) && (!enabled || !roles.contains(Role.ADMIN))) {
            throw BusinessException.conflict("own_admin_login", username);
        }
        requireKnownCustomer(change.customer());
        account.revise(change.fullName(), change.email(), roles, change.customer(), enabled);
        em.flush();
        return UserView.of(account);
    }

    /** Sets a new password (a forgotten one, or one that must not be used any more): the old one stops working. */
    public void setPassword(String username, String password) {
        UserAccount account = account(username);
        account.changePassword(hasher.hash(UserAccount.acceptablePassword(password)), clock.instant());
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : names == null ? List.<String>of() : names) {
            roles.add(Require.oneOf("roles", Role.class, role));
        }
        return roles;
    }

    private void requireKnownCustomer(String code) {
        if (code != null && !code.isBlank() && customers.find(code.strip()).isEmpty()) {
            throw BusinessException.invalid("customer", "customer_not_found", code);
        }
    }

    private UserAccount account(String username) {
        UserAccount account = username == null ? null : em.find(UserAccount.class, username);
        if (account == null) {
            throw BusinessException.notFound("user_not_found", username);
        }
        return account;
    }

    public UserView view(String username) {
        return UserView.of(account(username));
    }
}
