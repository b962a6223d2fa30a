package gr.cloudu.helpdesk.reporting.application;

import gr.cloudu.helpdesk.customer.application.ContractView;
import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.reporting.domain.QuarterlyReport;
import gr.cloudu.helpdesk.security.application.CallerScopes;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;

/**
 * Reads the archived quarterly reports. Staff see every contract's; a customer's people (portal and API) see
 * only their own organisation's, and another organisation's contract does not exist for them (404).
 */
@Stateless
@RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER", "CUSTOMER", "API"})
public class ReportQueries {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CustomerQueries customers;

    @Inject
    private CallerScopes callers;

    /** Every version of every quarter's report of the contract, newest quarter first, newest version first. */
    public List<ReportView> reports(String contractCode) {
        ContractView contract = visibleContract(contractCode);
        List<ReportView> reports = em.createQuery(ReportView.SELECT + " WHERE r.contractCode = :code ORDER BY r.quarter DESC, r.version DESC",
                        ReportView.class)
                .setParameter("code", contract.code()).getResultList();
        return callers.current().staff() ? reports : reports.stream().map(ReportView::forCustomer).toList();
    }

    /** The contracts the caller may read reports of, for choosing one on the reports page. */
    public List<ContractView> contracts() {
        return customers.allContracts().stream()
                .map(k -> customers.contractView(k.code()).orElseThrow())
                .filter(k -> callers.current().sees(k.customer()))
                .toList();
    }

    /**
     * A report's PDF or CSV ({@code format} "pdf" or "csv"): the given version, or the newest one when
     * {@code version} is null.
     */
    public ReportFile file(String contractCode, int quarter, Integer version, String format) {
        ContractView contract = visibleContract(contractCode);
        TypedQuery<QuarterlyReport> query = em.createQuery("SELECT r FROM QuarterlyReport r WHERE r.contractCode = :code"
                        + " AND r.quarter = :q" + (version == null ? "" : " AND r.version = :v") + " ORDER BY r.version DESC",
                QuarterlyReport.class).setParameter("code", contract.code()).setParameter("q", quarter);
        if (version != null) {
            query.setParameter("v", version);
        }
        List<QuarterlyReport> found = query.setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            throw BusinessException.notFound("report_not_found", quarter);
        }
        QuarterlyReport r = found.get(0);
        String name = "report-" + r.contractCode() + "-Q" + r.quarter() + (r.version() > 1 ? "-v" + r.version() : "");
        return "csv".equals(format)
                ? new ReportFile(name + ".csv", "text/csv; charset=UTF-8", r.csv(), r.csvSha256())
                : new ReportFile(name + ".pdf", "application/pdf", r.pdf(), r.sha256());
    }

    private ContractView visibleContract(String code) {
        return customers.contractView(code)
                .filter(k -> callers.current().sees(k.customer()))
                .orElseThrow(() -> BusinessException.notFound("contract_not_found", code));
    }
}
