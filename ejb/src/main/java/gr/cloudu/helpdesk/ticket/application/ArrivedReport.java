package gr.cloudu.helpdesk.ticket.application;

import java.time.Instant;

/**
 * A fault report as it reached the help desk through the pages or the API: what was reported, the moment it arrived
 * (its legal time of report, whenever it is written) and the login that sent it.
 */
public record ArrivedReport(ReportFault report, Instant receivedAt, String caller) {
}
