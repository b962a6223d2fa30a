package gr.cloudu.helpdesk.intake.rest;

import gr.cloudu.helpdesk.intake.application.InboundMailQueries;
import gr.cloudu.helpdesk.intake.application.MailOfTicket;
import gr.cloudu.helpdesk.shared.rest.ApiTime;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code /tickets/{n}/mails}: the mails that made or joined a ticket, with their attachments. */
@Path("/tickets/{filingNumber}/mails")
@Produces(MediaType.APPLICATION_JSON)
public class TicketMailsResource {

    /** One mail of the ticket. */
    public record MailJson(Long id, OffsetDateTime receivedAt, OffsetDateTime senderDate, String from, String subject,
                           String status, List<MailOfTicket.AttachmentRow> attachments) {
    }

    @Inject
    private InboundMailQueries mails;

    @GET
    public List<MailJson> mails(@PathParam("filingNumber") String filingNumber) {
        return mails.ofTicket(filingNumber).stream()
                .map(m -> new MailJson(m.id(), ApiTime.of(m.receivedAt()), ApiTime.of(m.senderDate()), m.fromAddress(),
                        m.subject(), m.status().name(), m.attachments()))
                .toList();
    }
}
