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
 * everyone's; a supervisor sees the members of the teams they lead (and their own); an engineer their own.
 */
record DispatchReach(CallerScope caller, Optional<Set<String>> people) {

    static DispatchReach of(CallerScope caller, EntityManager em) {
        if (caller.has(Role.ADMIN) || caller.has(Role.AGENT) || caller.has(Role.MANAGER)) {
            return new DispatchReach(caller, Optional.empty());
        }
        Set<String> people = new HashSet<>();
        people.add(caller.username());
        if (caller.has(Role.SUPERVISOR)) {
            people.addAll(teamOf(caller.username(), em));
        }
        return new DispatchReach(caller, Optional.of(people));
    }

    /** The members of the teams {@code lead} leads. */
    static List<String> teamOf(String lead, EntityManager em) {
        return em.createQuery("SELECT DISTINCT m.username FROM TeamMember m WHERE m.tier IN"
                        + " (SELECT l.tier FROM TeamMember l WHERE l.username = :lead AND l.lead = TRUE)", String.class)
                .setParameter("lead", lead)
                .getResultList();
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
