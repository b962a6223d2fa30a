package gr.cloudu.helpdesk.security.web;

import gr.cloudu.helpdesk.customer.application.CustomerOption;
import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.security.application.NewUser;
import gr.cloudu.helpdesk.security.application.UserAdministrationService;
import gr.cloudu.helpdesk.security.application.UserChange;
import gr.cloudu.helpdesk.security.application.UserView;
import gr.cloudu.helpdesk.security.domain.Role;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.web.FacesFeedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code admin/users.xhtml}: the logins of staff, customer contacts (the portal) and customer systems (the API).
 * The administrator creates one, or picks one ({@code ?user=name}) to change its name, roles, customer, whether
 * it works, or its password.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("username", "account:username", "password", "account:password",
            "fullName", "account:fullName", "email", "account:email", "roles", "account:roles", "customer", "account:customer");

    @Inject
    private UserAdministrationService users;

    @Inject
    private CustomerQueries customers;

    private String user;
    private List<UserView> rows;
    private List<CustomerOption> customerOptions;

    private String username;
    private String password;
    private String fullName;
    private String email;
    private List<String> roles = new ArrayList<>();
    private String customer;
    private boolean enabled = true;

    public void load() throws IOException {
        if (user == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            UserView u = users.view(user);
            username = u.username();
            fullName = u.fullName();
            email = u.email();
            roles = new ArrayList<>(u.roles().stream().map(Role::name).toList());
            customer = u.customer();
            enabled = u.enabled();
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.code());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Creates the login, or saves the changes to the chosen one (and its new password, if one was typed). */
    public String save() {
        String chosenCustomer = customer == null || customer.isBlank() ? null : customer;
        try {
            if (user == null) {
                users.create(new NewUser(username, password, fullName, email, roles, chosenCustomer));
                FacesFeedback.done("users.created", username);
            } else {
                users.revise(user, new UserChange(fullName, email, roles, chosenCustomer, enabled), password);
                if (password != null && !password.isEmpty() && user.equals(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser())) {
                    StaleSessionFilter.renew((HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false));
                }
                FacesFeedback.done("users.changed", user);
            }
            return "/admin/users?faces-redirect=true";
        } catch (BusinessException e) {
            FacesFeedback.refused(e, FIELDS);
            return null;
        }
    }

    public List<UserView> getRows() {
        if (rows == null) {
            rows = users.all();
        }
        return rows;
    }

    public List<CustomerOption> getCustomerOptions() {
        if (customerOptions == null) {
            customerOptions = customers.options();
        }
        return customerOptions;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
