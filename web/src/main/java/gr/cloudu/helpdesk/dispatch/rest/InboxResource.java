package gr.cloudu.helpdesk.dispatch.rest;

import gr.cloudu.helpdesk.dispatch.application.DispatchQueries;
import gr.cloudu.helpdesk.dispatch.application.DispatchService;
import gr.cloudu.helpdesk.dispatch.application.InboxItem;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /inbox}: the caller's in-app inbox (assignments, visits to route or decide, decisions), newest first. */
@Path("/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    private DispatchQueries queries;

    @Inject
    private DispatchService dispatch;

    @GET
    public DispatchQueries.Page<InboxItem> inbox(@QueryParam("unread") boolean unread,
                                                 @QueryParam("page") @DefaultValue("0") int page,
                                                 @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0) {
            throw BusinessException.invalid("page", "not_negative", "page");
        }
        return queries.inbox(unread, page * size, size);
    }

    @POST
    @Path("/{id}/read")
    public Response read(@PathParam("id") Long id) {
        dispatch.read(id);
        return Response.noContent().build();
    }
}
