package gr.cloudu.helpdesk.dispatch.rest;

import gr.cloudu.helpdesk.dispatch.application.DispatchQueries;
import gr.cloudu.helpdesk.dispatch.application.RequestVisit;
import gr.cloudu.helpdesk.dispatch.application.VisitService;
import gr.cloudu.helpdesk.dispatch.application.VisitView;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** {@code /tickets/{n}/visits}: the engineer's visit request with its spare parts, and the ticket's visits. */
@Path("/tickets/{filingNumber}/visits")
@Produces(MediaType.APPLICATION_JSON)
public class TicketVisitsResource {

    @Inject
    private DispatchQueries queries;

    @Inject
    private VisitService visits;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestVisit(@PathParam("filingNumber") String filingNumber, RequestVisit body, @Context UriInfo uri) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        VisitView visit = visits.request(filingNumber, body);
        return Response.created(uri.getBaseUriBuilder().path("visits").path(String.valueOf(visit.id())).build())
                .entity(visit).build();
    }

    @GET
    public List<VisitView> visits(@PathParam("filingNumber") String filingNumber) {
        return queries.visits(filingNumber);
    }
}
