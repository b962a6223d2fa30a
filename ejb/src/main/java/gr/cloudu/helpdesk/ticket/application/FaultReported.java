package gr.cloudu.helpdesk.ticket.application;

/** A fault report was filed; the reporter is owed a receipt. Travels as JSON on the ticket-events queue. */
public record FaultReported(String filingNumber, String reporterEmail) {
}
