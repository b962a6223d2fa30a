package gr.cloudu.helpdesk.reporting.application;

import gr.cloudu.helpdesk.reporting.domain.QuarterlyReport;

import java.time.Instant;
import java.time.LocalDate;

/** One archived version of a quarterly report, without its bytes. */
public record ReportView(String contract, int quarter, LocalDate from, LocalDate to, int version, String language,
                         Instant generatedAt, String generatedBy, int tickets, String sha256, String csvSha256, String mailedTo,
                         Instant mailedAt) {

    public static final String SELECT = "SELECT NEW gr.cloudu.helpdesk.reporting.application.ReportView(r.contractCode, r.quarter,"
            + " r.periodFrom, r.periodTo, r.version, r.language, r.generatedAt, r.generatedBy, r.ticketCount, r.sha256, r.csvSha256,"
            + " r.mailedTo, r.mailedAt) FROM QuarterlyReport r";

    /** As the customer's people see it: without who among the staff produced it and the internal addresses it went to. */
    ReportView forCustomer() {
        return new ReportView(contract, quarter, from, to, version, language, generatedAt, null, tickets, sha256, csvSha256, null,
                mailedAt);
    }

    static ReportView of(QuarterlyReport r) {
        return new ReportView(r.contractCode(), r.quarter(), r.periodFrom(), r.periodTo(), r.version(), r.language(), r.generatedAt(),
                r.generatedBy(), r.ticketCount(), r.sha256(), r.csvSha256(), r.mailedTo(), r.mailedAt());
    }
}
