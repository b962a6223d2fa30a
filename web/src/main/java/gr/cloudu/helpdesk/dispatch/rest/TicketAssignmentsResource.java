package gr.cloudu.helpdesk.dispatch.rest;

import gr.cloudu.helpdesk.dispatch.application.AssignmentView;
import gr.cloudu.helpdesk.dispatch.application.DispatchService;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;


/** {@code POST /tickets/{n}/assignments}: gives the fault to an engineer, who is notified with the dispatch packet. */
@Path("/tickets/{filingNumber}/assignments")
@Produces(MediaType.APPLICATION_JSON)
public class TicketAssignmentsResource {

    @Inject
    private DispatchService dispatch;

    /** Who gets the fault, a note for them, and optionally the ticket version the caller saw. */
    public record AssignRequest(String engineer, String note, Long version) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@PathParam("filingNumber") String filingNumber, AssignRequest body, @Context UriInfo uri) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        AssignmentView assignment = dispatch.assign(filingNumber, body.engineer(), body.note(), body.version());
        return Response.created(uri.getBaseUriBuilder().path("assignments").path(String.valueOf(assignment.id())).build())
                .entity(assignment).build();
    }
}
