package gr.cloudu.helpdesk.shared.rest;

import gr.cloudu.helpdesk.shared.application.DeadLetterService;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/** {@code /dead-letters} (ADMIN): messages parked after all redeliveries; retry one, or discard it. */
@Path("/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLettersResource {

    @Inject
    private DeadLetterService deadLetters;

    @GET
    public List<DeadLetterService.DeadLetter> list() {
        return deadLetters.list();
    }

    /** Every parked message of the help desk's queues back to its queue: {@code {"retried": n}}. */
    @POST
    @Path("/retry")
    public Map<String, Integer> retryAll() {
        return Map.of("retried", deadLetters.retryAll());
    }

    @POST
    @Path("/{id}/retry")
    public Response retry(@PathParam("id") String id) {
        deadLetters.retry(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}")
    public Response discard(@PathParam("id") String id) {
        deadLetters.discard(id);
        return Response.noContent().build();
    }
}
