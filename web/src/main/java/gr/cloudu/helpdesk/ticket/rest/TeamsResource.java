package gr.cloudu.helpdesk.ticket.rest;

import gr.cloudu.helpdesk.shared.domain.Require;
import gr.cloudu.helpdesk.ticket.application.TeamService;
import gr.cloudu.helpdesk.ticket.domain.Tier;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** {@code /teams}: who works in the Help Desk, the Technical Support Team and the On-Site Intervention Team. */
@Path("/teams")
@Produces(MediaType.APPLICATION_JSON)
public class TeamsResource {

    @Inject
    private TeamService teams;

    public record Membership(Boolean lead) {
    }

    @GET
    public List<TeamService.MemberView> all() {
        return teams.members(null);
    }

    @GET
    @Path("/{tier}")
    public List<TeamService.MemberView> team(@PathParam("tier") String tier) {
        return teams.members(Require.oneOf("tier", Tier.class, tier));
    }

    @PUT
    @Path("/{tier}/members/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TeamService.MemberView put(@PathParam("tier") String tier, @PathParam("username") String username, Membership body) {
        return teams.put(Require.oneOf("tier", Tier.class, tier), username, body != null && Boolean.TRUE.equals(body.lead()));
    }

    @DELETE
    @Path("/{tier}/members/{username}")
    public Response remove(@PathParam("tier") String tier, @PathParam("username") String username) {
        teams.remove(Require.oneOf("tier", Tier.class, tier), username);
        return Response.noContent().build();
    }
}
