package gr.cloudu.helpdesk.ticket.rest;

/** The body of {@code POST /tickets}. */
public record FileTicketRequest(String customer, String reporterEmail, String equipmentSerial, String severity,
                                String subject, String description, String channel) {
}
