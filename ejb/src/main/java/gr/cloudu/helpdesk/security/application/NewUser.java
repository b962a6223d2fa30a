package gr.cloudu.helpdesk.security.application;

import java.util.List;

/** The request to create a login. */
public record NewUser(String username, String password, String fullName, String email, List<String> roles,
                      String customer) {
}
