package gr.cloudu.helpdesk.reporting.rest;

import gr.cloudu.helpdesk.reporting.application.ComplianceDashboard;
import gr.cloudu.helpdesk.reporting.application.ContractStanding;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /compliance} (MANAGER, SUPERVISOR, ADMIN): every contract's SLA compliance in its current quarter so
 * far, as on the dashboard: {@code [{"contract","customer","quarter","from","to","faults","met","breached","running",
 * "percentMet","open"}]}.
 */
@Path("/compliance")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    @Inject
    private ComplianceDashboard dashboard;

    @Inject
    private Clock clock;

    @GET
    public List<Map<String, Object>> standings() {
        return dashboard.standings(clock.instant()).stream().map(ComplianceResource::json).toList();
    }

    private static Map<String, Object> json(ContractStanding s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contract", s.contract());
        body.put("customer", s.customer());
        body.put("quarter", s.quarter().number());
        body.put("from", s.quarter().from().toString());
        body.put("to", s.quarter().to().toString());
        body.put("faults", s.faults());
        body.put("met", s.met());
        body.put("breached", s.breached());
        body.put("running", s.running());
        body.put("percentMet", s.percentMet());
        body.put("open", s.open());
        return body;
    }
}
