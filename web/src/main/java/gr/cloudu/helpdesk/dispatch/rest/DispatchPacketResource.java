package gr.cloudu.helpdesk.dispatch.rest;

import gr.cloudu.helpdesk.dispatch.application.DispatchPacket;
import gr.cloudu.helpdesk.dispatch.application.DispatchQueries;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;


/** {@code GET /tickets/{n}/dispatch-packet}: everything the engineer needs about the fault, as JSON. */
@Path("/tickets/{filingNumber}/dispatch-packet")
@Produces(MediaType.APPLICATION_JSON)
public class DispatchPacketResource {

    @Inject
    private DispatchQueries queries;

    @GET
    public DispatchPacket packet(@PathParam("filingNumber") String filingNumber) {
        return queries.packet(filingNumber);
    }
}
