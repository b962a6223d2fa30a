package gr.cloudu.helpdesk.security.application;

import java.util.List;

/** A login as it should be from now on: everything but its user name and password ({@code enabled} absent: true). */
public record UserChange(String fullName, String email, List<String> roles, String customer, Boolean enabled) {
}
