package gr.cloudu.helpdesk.maintenance.rest;

import gr.cloudu.helpdesk.maintenance.application.MaintenanceService;
import gr.cloudu.helpdesk.maintenance.application.NewPlan;
import gr.cloudu.helpdesk.maintenance.application.PlanRevision;
import gr.cloudu.helpdesk.maintenance.application.PlanView;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/**
 * {@code /contracts/{code}/maintenance-plans}: a contract's preventive-maintenance plans.
 * {@code POST {"equipmentSerial","everyMonths","firstDue","leadDays","checklist":["..."]}} (ADMIN, MANAGER,
 * SUPERVISOR) -> 201; visits already within the lead time are produced at once; {@code PUT /{id}
 * {"everyMonths","nextDue","leadDays","checklist"}} revises a plan from its next due day on (or from {@code nextDue});
 * {@code POST /{id}/end} ends a plan.
 */
@Path("/contracts/{code}/maintenance-plans")
@Produces(MediaType.APPLICATION_JSON)
public class MaintenancePlansResource {

    public record PlanRequest(String equipmentSerial, Integer everyMonths, String firstDue, Integer leadDays, List<String> checklist) {
    }

    public record RevisionRequest(Integer everyMonths, String nextDue, Integer leadDays, List<String> checklist) {
    }

    @Inject
    private MaintenanceService maintenance;

    @GET
    public List<PlanView> plans(@PathParam("code") String code) {
        return maintenance.plans(code);
    }

    /** Ends the plan: no further visits (ADMIN, MANAGER, SUPERVISOR). */
    @POST
    @Path("/{id}/end")
    public PlanView end(@PathParam("code") String code, @PathParam("id") Long id) {
        return maintenance.endPlan(code, id);
    }

    /** Revises the plan (ADMIN, MANAGER, SUPERVISOR); visits it produced already stay as they are. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanView revise(@PathParam("code") String code, @PathParam("id") Long id, RevisionRequest body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        return maintenance.revisePlan(code, id, new PlanRevision(body.everyMonths(),
                body.nextDue() == null ? null : Require.date("nextDue", body.nextDue()), body.leadDays(), body.checklist()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("code") String code, PlanRequest body, @Context UriInfo uri) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        PlanView plan = maintenance.createPlan(code, new NewPlan(body.equipmentSerial(), body.everyMonths(),
                Require.date("firstDue", body.firstDue()), body.leadDays(), body.checklist()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(plan.id())).build()).entity(plan).build();
    }
}
