package gr.cloudu.helpdesk.maintenance.rest;

import gr.cloudu.helpdesk.maintenance.application.MaintenanceRecord;
import gr.cloudu.helpdesk.maintenance.application.MaintenanceService;
import gr.cloudu.helpdesk.maintenance.application.MaintenanceVisitView;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code /maintenance-visits}: the preventive-maintenance visits ({@code ?contract=&status=PLANNED|SCHEDULED|DONE|CANCELLED});
 * {@code POST /{id}/schedule {"engineer","date","from","to"}} (supervisor, manager); {@code POST /{id}/record
 * {"arrivedAt","leftAt","summary","results":[{"position","ok","remark"}]}} (the engineer).
 */
@Path("/maintenance-visits")
@Produces(MediaType.APPLICATION_JSON)
public class MaintenanceVisitsResource {

    public record ScheduleRequest(String engineer, String date, String from, String to) {
    }

    public record RecordRequest(String arrivedAt, String leftAt, String summary, List<MaintenanceRecord.Result> results) {
    }

    @Inject
    private MaintenanceService maintenance;

    @GET
    public List<MaintenanceVisitView> visits(@QueryParam("contract") String contract, @QueryParam("status") String status) {
        return maintenance.visits(contract, status);
    }

    @GET
    @Path("/{id}")
    public MaintenanceVisitView visit(@PathParam("id") Long id) {
        return maintenance.visit(id);
    }

    @POST
    @Path("/{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public MaintenanceVisitView schedule(@PathParam("id") Long id, ScheduleRequest body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        return maintenance.schedule(id, body.engineer(), Require.date("date", body.date()), Require.time("from", body.from()),
                Require.time("to", body.to()));
    }

    @POST
    @Path("/{id}/record")
    @Consumes(MediaType.APPLICATION_JSON)
    public MaintenanceVisitView record(@PathParam("id") Long id, RecordRequest body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        return maintenance.record(id, new MaintenanceRecord(Require.optionalTimestamp("arrivedAt", body.arrivedAt()),
                Require.optionalTimestamp("leftAt", body.leftAt()), body.summary(), body.results()));
    }
}
