package gr.cloudu.helpdesk.security.application;

import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.security.domain.Role;
import gr.cloudu.helpdesk.security.domain.UserAccount;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Creates and reads logins (administrators only). */
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

    public UserView create(NewUser command) {
        String username = Require.code("username", command.username());
        if (em.find(UserAccount.class, username) != null) {
            throw BusinessException.conflict("duplicate_user", username);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : command.roles() == null ? List.<String>of() : command.roles()) {
            roles.add(Require.oneOf("roles", Role.class, role));
        }
        if (command.customer() != null && !command.customer().isBlank()) {
            if (customers.find(command.customer().strip()).isEmpty()) {
                throw BusinessException.invalid("customer", "customer_not_found", command.customer());
            }
        }
        char[] password = UserAccount.acceptablePassword(command.password());
        UserAccount account = new UserAccount(username, hasher.hash(password), command.fullName(), command.email(),
                roles, command.customer(), clock.instant());
        em.persist(account);
        return UserView.of(account);
    }

    public UserView view(String username) {
        UserAccount account = em.find(UserAccount.class, username);
        if (account == null) {
            throw BusinessException.notFound("user_not_found", username);
        }
        return UserView.of(account);
    }
}
