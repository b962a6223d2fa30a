package gr.cloudu.helpdesk.security.application;

import gr.cloudu.helpdesk.security.domain.Role;

import java.util.Set;

/**
 * Who is calling a use case and how far they may see: staff see every customer, customer and API users
 * only their own ({@code customerCode}).
 */
public record CallerScope(String username, String fullName, Set<Role> roles, String customerCode, String email) {

    public boolean staff() {
        return customerCode == null && roles.stream().anyMatch(r -> !r.boundToCustomer());
    }

    /**
     * The capacity the caller acts in, as the life-cycle records it: their roles (e.g. {@code AGENT},
     * {@code ENGINEER+SUPERVISOR}), or {@code SYSTEM} for the container acting on its own.
     */
    public String capacity() {
        if (roles.isEmpty()) {
            return "SYSTEM";
        }
        return roles.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining("+"));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this caller may see data of that customer. */
    public boolean sees(String otherCustomerCode) {
        return staff() || (customerCode != null && customerCode.equals(otherCustomerCode));
    }
}
