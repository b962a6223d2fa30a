package gr.cloudu.helpdesk.intake.rest;

import gr.cloudu.helpdesk.intake.application.InboundMailQueries;
import gr.cloudu.helpdesk.intake.domain.InboundMailStatus;
import gr.cloudu.helpdesk.shared.domain.Require;
import gr.cloudu.helpdesk.shared.rest.ApiTime;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code /intake/mails?status=QUARANTINED}: mails of the help-desk mailbox by what became of them (staff). */
@Path("/intake/mails")
@Produces(MediaType.APPLICATION_JSON)
public class InboundMailsResource {

    /** One mail in the answer. */
    public record InboundMailJson(Long id, OffsetDateTime receivedAt, OffsetDateTime senderDate, String from, String subject,
                                  String status, String filingNumber, String reason) {
    }

    @Inject
    private InboundMailQueries mails;

    @GET
    public List<InboundMailJson> mails(@QueryParam("status") @DefaultValue("QUARANTINED") String status,
                                       @QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("50") int size) {
        return mails.withStatus(Require.oneOf("status", InboundMailStatus.class, status), page * size, size).stream()
                .map(m -> new InboundMailJson(m.id(), ApiTime.of(m.receivedAt()), ApiTime.of(m.senderDate()), m.fromAddress(),
                        m.subject(), m.status().name(), m.ticketFilingNumber(), m.reason()))
                .toList();
    }
}
