package gr.cloudu.helpdesk.security.application;

import gr.cloudu.helpdesk.security.domain.Role;
import gr.cloudu.helpdesk.security.domain.UserAccount;

import java.time.Instant;
import java.util.List;

/** A login as the interfaces show it; never with its password. */
public record UserView(String username, String fullName, String email, List<Role> roles, String customer,
                       boolean enabled, Instant createdAt) {

    static UserView of(UserAccount a) {
        return new UserView(a.username(), a.fullName(), a.email(), a.roles().stream().sorted().toList(),
                a.customerCode(), a.enabled(), a.createdAt());
    }
}
