package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.security.domain.UserAccount;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.ticket.domain.TeamMember;
import gr.cloudu.helpdesk.ticket.domain.Tier;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The teams behind the tiers: the administrator puts staff in them and names their leads; everyone on the
 * staff can see who is where (the queue pages and the assignment pickers use it).
 */
@Stateless
@RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER"})
public class TeamService {

    @PersistenceContext
    private EntityManager em;

    /** One member of a team as listed. */
    public record MemberView(Tier tier, String username, String fullName, String email, boolean lead) {
    }

    public List<MemberView> members(Tier tier) {
        var query = em.createQuery("SELECT NEW gr.cloudu.helpdesk.ticket.application.TeamService.MemberView(m.tier, m.username,"
                        + " u.fullName, u.email, m.lead) FROM TeamMember m, UserAccount u WHERE u.username = m.username"
                        + (tier == null ? "" : " AND m.tier = :tier") + " ORDER BY m.tier, m.lead DESC, u.fullName", MemberView.class);
        if (tier != null) {
            query.setParameter("tier", tier);
        }
        return query.getResultList();
    }

    /** Adds a staff user to a team, or changes whether they lead it. */
    @RolesAllowed("ADMIN")
    public MemberView put(Tier tier, String username, boolean lead) {
        if (tier == null) {
            throw BusinessException.invalid("tier", "required", "tier");
        }
        UserAccount user = username == null ? null : em.find(UserAccount.class, username.strip());
        if (user == null || !user.staffMember()) {
            throw BusinessException.invalid("username", "unknown_assignee", username);
        }
        TeamMember member = em.find(TeamMember.class, new TeamMember.Key(tier, user.username()));
        if (member == null) {
            member = new TeamMember(tier, user.username(), lead);
            em.persist(member);
        } else {
            member.setLead(lead);
        }
        return new MemberView(tier, user.username(), user.fullName(), user.email(), lead);
    }

    @RolesAllowed("ADMIN")
    public void remove(Tier tier, String username) {
        TeamMember member = em.find(TeamMember.class, new TeamMember.Key(tier, username));
        if (member == null) {
            throw BusinessException.notFound("team_member_not_found", username, tier);
        }
        em.remove(member);
    }
}
