package gr.cloudu.helpdesk.dispatch.rest;

import gr.cloudu.helpdesk.dispatch.application.ApprovalRow;
import gr.cloudu.helpdesk.dispatch.application.DispatchQueries;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code /approvals}: the visit requests waiting for the caller (supervisor: routing; manager: approval), oldest first. */
@Path("/approvals")
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalsResource {

    @Inject
    private DispatchQueries queries;

    @GET
    public DispatchQueries.Page<ApprovalRow> waiting(@QueryParam("filingNumber") String filingNumber,
                                                     @QueryParam("page") @DefaultValue("0") int page,
                                                     @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0) {
            throw BusinessException.invalid("page", "not_negative", "page");
        }
        return queries.approvals(filingNumber, page * size, size);
    }
}
