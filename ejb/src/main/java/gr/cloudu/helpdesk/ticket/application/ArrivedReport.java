package gr.cloudu.helpdesk.ticket.application;

import java.time.Instant;

/**
 * A fault report as it reached the help desk over the API: what was reported, the moment it arrived (its legal time
 * of report, whenever it is written) and the login that sent it. Only {@link TicketFilingService#arrived} makes one,
 * from the caller it is serving, so nothing else can file in another login's name or with another time of report.
 */
public final class ArrivedReport {

    private final ReportFault report;
    private final Instant receivedAt;
    private final String caller;

    ArrivedReport(ReportFault report, Instant receivedAt, String caller) {
        this.report = report;
        this.receivedAt = receivedAt;
        this.caller = caller;
    }

    public ReportFault report() {
        return report;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String caller() {
        return caller;
    }
}
