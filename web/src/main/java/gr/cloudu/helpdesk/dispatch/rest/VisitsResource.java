package gr.cloudu.helpdesk.dispatch.rest;

import gr.cloudu.helpdesk.dispatch.application.DecisionOutcome;
import gr.cloudu.helpdesk.dispatch.application.DispatchQueries;
import gr.cloudu.helpdesk.dispatch.application.RequestVisit;
import gr.cloudu.helpdesk.dispatch.application.RouteVisit;
import gr.cloudu.helpdesk.dispatch.application.VisitReport;
import gr.cloudu.helpdesk.dispatch.application.VisitService;
import gr.cloudu.helpdesk.dispatch.application.VisitView;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Locale;

/**
 * {@code /visits}: a visit request's routing by the supervisor, the manager's decision (one by one or in
 * bulk), and the engineer's record of the visit.
 */
@Path("/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitsResource {

    @Inject
    private VisitService visits;

    @Inject
    private DispatchQueries queries;

    /**
     * Routing: the engineer who goes, the date (YYYY-MM-DD) and the time window (HH:mm); {@code parts}, when given,
     * replaces the parts requested (an empty list: the visit takes none and needs no approval).
     */
    public record RouteRequest(String engineer, String date, String from, String to, String note, List<RequestVisit.Part> parts) {
    }

    /** A decision's reason (required to reject). */
    public record DecisionRequest(String reason) {
    }

    /** A bulk decision: {@code APPROVE} or {@code REJECT} the listed requests. */
    public record BulkDecision(List<Long> ids, String decision, String reason) {
    }

    /** The decisions. */
    public enum Decision { APPROVE, REJECT }

    /** The visit as done: timestamps with offset, the work, the parts fitted. */
    public record ReportRequest(String arrivedAt, String leftAt, String workDone, List<VisitReport.Fitted> parts) {
    }

    @GET
    @Path("/{id}")
    public VisitView visit(@PathParam("id") Long id) {
        return queries.visit(id);
    }

    @POST
    @Path("/{id}/route")
    public VisitView route(@PathParam("id") Long id, RouteRequest body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        return visits.route(id, new RouteVisit(body.engineer(),
                body.date() == null || body.date().isBlank() ? null : Require.date("date", body.date()),
                body.from() == null || body.from().isBlank() ? null : Require.time("from", body.from()),
                body.to() == null || body.to().isBlank() ? null : Require.time("to", body.to()), body.note(), body.parts()));
    }

    @POST
    @Path("/{id}/approve")
    public VisitView approve(@PathParam("id") Long id, DecisionRequest body) {
        return visits.approve(id, body == null ? null : body.reason());
    }

    @POST
    @Path("/{id}/reject")
    public VisitView reject(@PathParam("id") Long id, DecisionRequest body) {
        return visits.reject(id, body == null ? null : body.reason());
    }

    /** Calls off a scheduled visit, with the reason the customer is given. */
    @POST
    @Path("/{id}/cancel")
    public VisitView cancel(@PathParam("id") Long id, DecisionRequest body) {
        return visits.cancel(id, body == null ? null : body.reason());
    }

    @POST
    @Path("/decisions")
    public List<DecisionOutcome> decideAll(BulkDecision body, @Context HttpHeaders headers) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        Decision decision = Require.oneOf("decision", Decision.class, body.decision());
        Locale language = headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH : headers.getAcceptableLanguages().get(0);
        return visits.decideAll(body.ids(), decision == Decision.APPROVE, body.reason(), language);
    }

    @POST
    @Path("/{id}/report")
    public VisitView report(@PathParam("id") Long id, ReportRequest body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        return visits.record(id, new VisitReport(Require.optionalTimestamp("arrivedAt", body.arrivedAt()),
                Require.optionalTimestamp("leftAt", body.leftAt()), body.workDone(), body.parts()));
    }
}
