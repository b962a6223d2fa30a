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

    static ReportView of(QuarterlyReport r) {
        return new ReportView(r.contractCode(), r.quarter(), r.periodFrom(), r.periodTo(), r.version(), r.language(), r.generatedAt(),
                r.generatedBy(), r.ticketCount(), r.sha256(), r.csvSha256(), r.mailedTo(), r.mailedAt());
    }
}
