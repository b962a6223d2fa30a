package gr.cloudu.helpdesk.shared.web;

import gr.cloudu.helpdesk.security.application.CallerScope;
import gr.cloudu.helpdesk.security.application.CallerScopes;
import gr.cloudu.helpdesk.security.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The signed-in user as the header and the navigation need them. */
@Named
@RequestScoped
public class CurrentUser {

    private static final Set<Role> MAY_FILE = EnumSet.of(Role.ADMIN, Role.AGENT, Role.SUPERVISOR, Role.MANAGER, Role.CUSTOMER);

    @Inject
    private CallerScopes callers;

    private CallerScope scope;

    private CallerScope scope() {
        if (scope == null) {
            scope = callers.current();
        }
        return scope;
    }

    public String getFullName() {
        return scope().fullName();
    }

    public String getRoles() {
        return scope().roles().stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }

    public boolean isStaff() {
        return scope().staff();
    }

    public boolean isMayFile() {
        return scope().roles().stream().anyMatch(MAY_FILE::contains);
    }

    /** Help-desk work on incoming mail and reports: agents, their supervisors and managers, administrators. */
    public boolean isDeskStaff() {
        return scope().has(Role.AGENT) || scope().has(Role.SUPERVISOR) || scope().has(Role.MANAGER) || scope().has(Role.ADMIN);
    }

    /** Registering customers, contacts, contracts and machines: administrators and the technical support manager. */
    public boolean isMayEditMasterData() {
        return scope().has(Role.ADMIN) || scope().has(Role.MANAGER);
    }

    public boolean isAdmin() {
        return scope().has(Role.ADMIN);
    }

    public boolean isEngineer() {
        return scope().has(Role.ENGINEER);
    }

    /** Routes visit requests of their teams' engineers. */
    public boolean isSupervisor() {
        return scope().has(Role.SUPERVISOR);
    }

    /** The technical support manager, who approves visits. */
    public boolean isManager() {
        return scope().has(Role.MANAGER);
    }

    /** Has an approvals inbox: supervisors, the manager, administrators. */
    public boolean isApprover() {
        return isSupervisor() || isManager() || isAdmin();
    }

    public String getUsername() {
        return scope().username();
    }

    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }
}
