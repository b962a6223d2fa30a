package gr.cloudu.helpdesk.dispatch.rest;

import gr.cloudu.helpdesk.dispatch.application.AssignmentView;
import gr.cloudu.helpdesk.dispatch.application.DispatchQueries;
import gr.cloudu.helpdesk.dispatch.application.DispatchService;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /assignments}: engineers' assignments within the caller's reach (their own; a supervisor's teams';
 * everyone's for the help desk and the manager), and the engineer's acknowledgement, work log and hand-back.
 */
@Path("/assignments")
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentsResource {

    @Inject
    private DispatchQueries queries;

    @Inject
    private DispatchService dispatch;

    /** A work-log step: {@code START} or {@code STOP}, with a note. */
    public record WorkRequest(String action, String note) {
    }

    /** Why the engineer gives the fault back. */
    public record HandBackRequest(String reason) {
    }

    public record ResolveRequest(String resolution) {
    }

    /** The work-log actions. */
    public enum WorkAction { START, STOP }

    @GET
    public DispatchQueries.Page<AssignmentView> list(@QueryParam("mine") boolean mine, @QueryParam("open") boolean open,
                                                     @QueryParam("page") @DefaultValue("0") int page,
                                                     @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0) {
            throw BusinessException.invalid("page", "not_negative", "page");
        }
        return queries.assignments(mine, open, page * size, size);
    }

    @GET
    @Path("/{id}")
    public AssignmentView assignment(@PathParam("id") Long id) {
        return queries.assignment(id);
    }

    @POST
    @Path("/{id}/acknowledge")
    public AssignmentView acknowledge(@PathParam("id") Long id) {
        return dispatch.acknowledge(id);
    }

    @POST
    @Path("/{id}/work")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssignmentView work(@PathParam("id") Long id, WorkRequest body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        return switch (Require.oneOf("action", WorkAction.class, body.action())) {
            case START -> dispatch.startWork(id, body.note());
            case STOP -> dispatch.stopWork(id, body.note());
        };
    }

    /** {@code {"resolution": "..."}}: the engineer resolves the fault with what was done. */
    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssignmentView resolve(@PathParam("id") Long id, ResolveRequest body) {
        return dispatch.resolve(id, body == null ? null : body.resolution());
    }

    @POST
    @Path("/{id}/hand-back")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssignmentView handBack(@PathParam("id") Long id, HandBackRequest body) {
        return dispatch.handBack(id, body == null ? null : body.reason());
    }
}
