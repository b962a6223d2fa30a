package gr.cloudu.helpdesk.security.domain;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A login of the help desk: staff, a customer's contact, or a customer's system. The server's security
 * realm reads the same rows (see wildfly-config), so the password is only ever held as a bcrypt hash.
 * Customer and API users are bound to exactly one customer and see nothing of any other.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

    public static final int MIN_PASSWORD_LENGTH = 10;

    @Id
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String email;

    @Column(name = "customer_code")
    private String customerCode;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String fullName, String email, Set<Role> roles,
                       String customerCode, Instant createdAt) {
        this.username = Require.code("username", username);
        this.passwordHash = passwordHash;
        revise(fullName, email, roles, customerCode, true);
        this.createdAt = createdAt;
    }

    /**
     * Name, address, roles, customer and whether the login works. A customer's user stays bound to a customer,
     * staff to none. A disabled login is refused from its next request on (the realm reads the flag each time).
     */
    public void revise(String fullName, String email, Set<Role> roles, String customerCode, boolean enabled) {
        this.fullName = Require.text("fullName", fullName, 200);
        this.email = email == null || email.isBlank() ? null : Require.email("email", email);
        if (roles == null || roles.isEmpty()) {
            throw BusinessException.invalid("roles", "required", "roles");
        }
        this.roles = EnumSet.copyOf(roles);
        boolean bound = this.roles.stream().anyMatch(Role::boundToCustomer);
        if (bound && (customerCode == null || customerCode.isBlank())) {
            throw BusinessException.invalid("customer", "customer_required_for_role");
        }
        if (!bound && customerCode != null && !customerCode.isBlank()) {
            throw BusinessException.invalid("customer", "customer_forbidden_for_role");
        }
        this.customerCode = bound ? customerCode.strip() : null;
        this.enabled = enabled;
    }

    /** A new password; whoever signed in before it is asked to sign in again. */
    public void changePassword(String passwordHash, Instant at) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = at;
    }

    /** Whether a page session signed in at {@code signedInAt} may go on: the login is enabled and its password unchanged since. */
    public boolean mayStaySignedIn(Instant signedInAt) {
        return enabled && (passwordChangedAt == null || !passwordChangedAt.isAfter(signedInAt));
    }

    /** Checks a new password against the policy before it is hashed. */
    public static char[] acceptablePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw BusinessException.invalid("password", "password_too_short", MIN_PASSWORD_LENGTH);
        }
        return password.toCharArray();
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public String customerCode() {
        return customerCode;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Company staff who can be given tickets and team places: enabled and not bound to a customer. */
    public boolean staffMember() {
        return enabled && customerCode == null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }
}
