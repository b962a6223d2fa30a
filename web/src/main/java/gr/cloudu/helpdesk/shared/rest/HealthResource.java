package gr.cloudu.helpdesk.shared.rest;

import gr.cloudu.helpdesk.shared.application.SystemHealth;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * Whether the application can serve requests. The deployment is only up once the migrations have run,
 * so answering at all means they are done; the database is checked on each call.
 */
@Path("/health")
@Public
public class HealthResource {

    @Inject
    private SystemHealth health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        return health.databaseReachable()
                ? Response.ok(Map.of("status", "UP")).build()
                : Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(Map.of("status", "DOWN")).build();
    }
}
