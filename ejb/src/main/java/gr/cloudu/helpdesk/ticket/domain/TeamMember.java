package gr.cloudu.helpdesk.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * A user's place in the team behind a tier (Help Desk, Technical Support Team, On-Site Intervention Team),
 * and whether they lead it. Team leads hear of warnings and escalations of their tier's tickets.
 */
@Entity
@Table(name = "team_member")
@IdClass(TeamMember.Key.class)
public class TeamMember {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "tier")
    private Tier tier;

    @Id
    @Column(name = "username")
    private String username;

    @Column(name = "team_lead", nullable = false)
    private boolean lead;

    protected TeamMember() {
    }

    public TeamMember(Tier tier, String username, boolean lead) {
        this.tier = Objects.requireNonNull(tier);
        this.username = Objects.requireNonNull(username);
        this.lead = lead;
    }

    public void setLead(boolean lead) {
        this.lead = lead;
    }

    public Tier tier() {
        return tier;
    }

    public String username() {
        return username;
    }

    public boolean lead() {
        return lead;
    }

    public static class Key implements Serializable {
        private Tier tier;
        private String username;

        public Key() {
        }

        public Key(Tier tier, String username) {
            this.tier = tier;
            this.username = username;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.tier == tier && Objects.equals(k.username, username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tier, username);
        }
    }
}
