package gr.cloudu.helpdesk.reporting.web;

import gr.cloudu.helpdesk.customer.application.ContractView;
import gr.cloudu.helpdesk.reporting.application.QuarterlyReportService;
import gr.cloudu.helpdesk.reporting.application.ReportQueries;
import gr.cloudu.helpdesk.reporting.application.ReportView;
import gr.cloudu.helpdesk.reporting.domain.ContractQuarter;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.web.FacesFeedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code reports.xhtml}: a contract's quarterly Guaranteed Services reports, every version, to download as PDF
 * or CSV; managers produce a quarter again (a new version, in Greek or English). Customers see only their own
 * contracts.
 */
@Named
@ViewScoped
public class QuarterlyReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportQueries queries;

    @Inject
    private QuarterlyReportService reports;

    private String contract;
    private List<ContractView> contracts;
    private List<ReportView> list;
    private Integer quarter;
    private String language = "el";

    public List<ContractView> getContracts() {
        if (contracts == null) {
            contracts = queries.contracts();
        }
        return contracts;
    }

    public List<ReportView> getReports() {
        if (list == null) {
            String code = getContract();
            list = code == null ? List.of() : queries.reports(code);
        }
        return list;
    }

    /** The quarter running today for the chosen contract, so the page can say when the next report comes. */
    public ContractQuarter getCurrentQuarter() {
        return getContracts().stream().filter(k -> k.code().equals(getContract())).findFirst()
                .map(k -> ContractQuarter.containing(k.signedOn(), LocalDate.now(ContractQuarter.ZONE))).orElse(null);
    }

    public void regenerate() {
        try {
            ReportView made = reports.regenerate(getContract(), quarter == null ? 0 : quarter, language);
            FacesFeedback.done("reports.regenerated", made.quarter(), made.version());
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("quarter", "reports:quarter", "lang", "reports:language"));
        }
        list = null;
    }

    /** Sends the chosen quarter's newest version to the customer's Level II contacts. */
    public void send() {
        try {
            ReportView sent = reports.send(getContract(), quarter == null ? 0 : quarter);
            FacesFeedback.done("reports.sent", sent.quarter(), sent.version(), sent.mailedTo());
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("quarter", "reports:quarter"));
        }
        list = null;
    }

    public void chosen() {
        list = null;
    }

    public String getContract() {
        if (contract == null && !getContracts().isEmpty()) {
            contract = getContracts().get(0).code();
        }
        return contract;
    }

    public void setContract(String contract) {
        this.contract = contract == null || contract.isBlank() ? null : contract;
        list = null;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
