package gr.cloudu.helpdesk.ticket.web;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.web.FacesFeedback;
import gr.cloudu.helpdesk.ticket.application.TeamService;
import gr.cloudu.helpdesk.ticket.domain.Tier;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** {@code teams.xhtml}: who works in each tier's team and who leads it; the administrator changes it. */
@Named
@ViewScoped
public class TeamAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TeamService teams;

    private Tier tier = Tier.HELP_DESK;
    private String username;
    private boolean lead;
    private List<TeamService.MemberView> members;

    public List<TeamService.MemberView> getMembers() {
        if (members == null) {
            members = teams.members(null);
        }
        return members;
    }

    public void add() {
        try {
            teams.put(tier, username, lead);
            username = null;
            lead = false;
            members = null;
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, "teams.saved");
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("username", "team:username"));
        }
    }

    public void remove(TeamService.MemberView member) {
        try {
            teams.remove(member.tier(), member.username());
            members = null;
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of());
        }
    }

    public Tier[] getTiers() {
        return Tier.values();
    }

    public Tier getTier() {
        return tier;
    }

    public void setTier(Tier tier) {
        this.tier = tier;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public boolean isLead() {
        return lead;
    }

    public void setLead(boolean lead) {
        this.lead = lead;
    }
}
