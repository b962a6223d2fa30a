package gr.cloudu.helpdesk.ticket.rest;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.ticket.application.LifecycleAuditService;
import gr.cloudu.helpdesk.ticket.application.LifecycleAuditView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /lifecycle-audits/latest}: the outcome of the last nightly check of the whole register (every ticket's hash
 * chain and the files it vouches for), for the administrator and the manager.
 */
@Path("/lifecycle-audits")
@Produces(MediaType.APPLICATION_JSON)
public class LifecycleAuditsResource {

    @Inject
    private LifecycleAuditService audits;

    @GET
    @Path("/latest")
    public LifecycleAuditView latest() {
        return audits.latest().orElseThrow(() -> BusinessException.notFound("no_audit_yet", "lifecycle-audits"));
    }
}
