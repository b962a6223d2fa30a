package gr.cloudu.helpdesk.customer.rest;

import gr.cloudu.helpdesk.customer.application.CommunicationLevelView;
import gr.cloudu.helpdesk.customer.application.ContractView;
import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.shared.rest.ApiTime;
import gr.cloudu.helpdesk.sla.application.CalendarService;
import gr.cloudu.helpdesk.sla.application.SlaPreview;
import jakarta.inject.Inject;
import jakarta.ws.rs.QueryParam;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /contracts/{code}}: a contract with its SLA terms. */
@Path("/contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ContractsResource {

    @Inject
    private CustomerQueries customers;

    @Inject
    private CalendarService calendar;

    @GET
    @Path("/{code}")
    public ContractView contract(@PathParam("code") String code) {
        return customers.contract(code);
    }

    /** Who talks to whom at each communication level of the contract (DOMAIN.md §9). */
    @GET
    @Path("/{code}/communication-levels")
    public List<CommunicationLevelView> communicationLevels(@PathParam("code") String code) {
        return customers.communicationLevels(code);
    }

    /** The deadlines a report of severity S made at T (now if left out) would get under the contract (API.md). */
    @GET
    @Path("/{code}/sla-preview")
    public Map<String, Object> slaPreview(@PathParam("code") String code, @QueryParam("severity") String severity,
                                          @QueryParam("reportedAt") String reportedAt) {
        SlaPreview preview = calendar.preview(code, Require.oneOf("severity", Severity.class, severity), Require.optionalTimestamp("reportedAt", reportedAt));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contract", preview.contract());
        body.put("severity", preview.severity());
        body.put("clock", preview.clock());
        body.put("reportedAt", ApiTime.of(preview.reportedAt()));
        body.put("responseDueAt", ApiTime.of(preview.responseDueAt()));
        body.put("onSiteDueAt", ApiTime.of(preview.onSiteDueAt()));
        body.put("restoreDueAt", ApiTime.of(preview.restoreDueAt()));
        return body;
    }

}
