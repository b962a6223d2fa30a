package gr.cloudu.helpdesk.reporting.web;

import gr.cloudu.helpdesk.reporting.application.ComplianceDashboard;
import gr.cloudu.helpdesk.reporting.application.ContractStanding;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/** {@code management/dashboard.xhtml}: every contract's SLA compliance in its current quarter so far. */
@Named
@ViewScoped
public class ComplianceDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplianceDashboard dashboard;

    @Inject
    private Clock clock;

    private List<ContractStanding> standings;

    public List<ContractStanding> getStandings() {
        if (standings == null) {
            standings = dashboard.standings(clock.instant());
        }
        return standings;
    }

    /** All contracts together: met / (met + missed) so far, rounded down. */
    public Integer getOverall() {
        int met = getStandings().stream().mapToInt(ContractStanding::met).sum();
        int breached = getStandings().stream().mapToInt(ContractStanding::breached).sum();
        return met + breached == 0 ? null : (int) Math.floor(100.0 * met / (met + breached));
    }
}
