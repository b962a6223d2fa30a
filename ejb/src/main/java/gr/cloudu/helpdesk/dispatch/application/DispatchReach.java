package gr.cloudu.helpdesk.dispatch.application;

import gr.cloudu.helpdesk.security.application.CallerScope;
import gr.cloudu.helpdesk.security.domain.Role;
import jakarta.persistence.EntityManager;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whose field work a caller sees: the help desk, the administrator and the technical support manager see
 * everyone's; a supervisor sees the members of the teams they lead, those no supervisor leads (whose visit
 * requests every supervisor routes) and their own; an engineer their own.
 */
record DispatchReach(Optional<Set<String>> people) {

    static DispatchReach of(CallerScope caller, EntityManager em) {
        if (caller.has(Role.ADMIN) || caller.has(Role.AGENT) || caller.has(Role.MANAGER)) {
            return new DispatchReach(Optional.empty());
        }
        Set<String> people = new HashSet<>();
        people.add(caller.username());
        if (caller.has(Role.SUPERVISOR)) {
            people.addAll(routedBy(caller.username(), em));
        }
        return new DispatchReach(Optional.of(people));
    }

    /** The members of the teams {@code lead} leads. */
    static List<String> teamOf(String lead, EntityManager em) {
        return em.createQuery("SELECT DISTINCT m.username FROM TeamMember m WHERE m.tier IN"
                        + " (SELECT l.tier FROM TeamMember l WHERE l.username = :lead AND l.lead = TRUE)", String.class)
                .setParameter("lead", lead)
                .getResultList();
    }

    /**
     * Whose visit requests a supervisor routes: the members of the teams they lead, and anyone whose teams have
     * no supervisor leading them (their requests go to every supervisor).
     */
    static Set<String> routedBy(String supervisor, EntityManager em) {
        Set<String> people = new HashSet<>(teamOf(supervisor, em));
        people.addAll(unsupervised(em));
        return people;
    }

    /** The supervisors who route {@code requester}'s visit requests: the leads of their teams, or every supervisor. */
    static List<String> supervisorsOf(String requester, EntityManager em) {
        List<String> leads = em.createNativeQuery("SELECT DISTINCT l.username FROM team_member m"
                        + " JOIN team_member l ON l.tier = m.tier AND l.team_lead = TRUE"
                        + " JOIN app_user_role r ON r.username = l.username AND r.role = 'SUPERVISOR'"
                        + " WHERE m.username = ? ORDER BY l.username")
                .setParameter(1, requester)
                .getResultList().stream().map(String::valueOf).toList();
        return leads.isEmpty() ? usersWith(Role.SUPERVISOR, em) : leads;
    }

    private static List<String> unsupervised(EntityManager em) {
        return em.createNativeQuery("SELECT u.username FROM app_user u WHERE u.customer_code IS NULL AND NOT EXISTS"
                        + " (SELECT 1 FROM team_member m JOIN team_member l ON l.tier = m.tier AND l.team_lead = TRUE"
                        + " JOIN app_user_role r ON r.username = l.username AND r.role = 'SUPERVISOR' WHERE m.username = u.username)")
                .getResultList().stream().map(String::valueOf).toList();
    }

    /** The enabled users with a role, by username. */
    static List<String> usersWith(Role role, EntityManager em) {
        return em.createNativeQuery("SELECT r.username FROM app_user_role r JOIN app_user u ON u.username = r.username"
                        + " WHERE r.role = ? AND u.enabled = TRUE ORDER BY r.username")
                .setParameter(1, role.name())
                .getResultList().stream().map(String::valueOf).toList();
    }

    boolean everyone() {
        return people.isEmpty();
    }

    boolean covers(String username) {
        return people.map(p -> p.contains(username)).orElse(true);
    }
}
