package gr.cloudu.helpdesk.intake.rest;

import gr.cloudu.helpdesk.intake.application.InboundMailQueries;
import gr.cloudu.helpdesk.intake.application.MailFile;
import gr.cloudu.helpdesk.intake.application.QuarantineService;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.ticket.application.TicketDetail;
import gr.cloudu.helpdesk.ticket.rest.TicketJson;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import gr.cloudu.helpdesk.intake.domain.InboundMailStatus;
import gr.cloudu.helpdesk.shared.domain.Require;
import gr.cloudu.helpdesk.shared.rest.ApiTime;
import gr.cloudu.helpdesk.shared.rest.ContentDisposition;
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

    /** The body of {@code POST /intake/mails/{id}/link}. */
    public record LinkRequest(String customer, String contactEmail) {
    }

    /** The body of {@code POST /intake/mails/{id}/reject}. */
    public record RejectRequest(String reason) {
    }

    @Inject
    private InboundMailQueries mails;

    @Inject
    private QuarantineService quarantine;

    /** The original mail as it arrived. */
    @GET
    @Path("/{id}/raw")
    @Produces({"message/rfc822", MediaType.APPLICATION_JSON})
    public Response original(@PathParam("id") Long id) {
        return download(mails.original(id));
    }

    /** One stored attachment of the mail. */
    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces({MediaType.WILDCARD, MediaType.APPLICATION_JSON})
    public Response attachment(@PathParam("id") Long id, @PathParam("attachmentId") Long attachmentId) {
        return download(mails.attachment(id, attachmentId));
    }

    static Response download(MailFile file) {
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** Files a quarantined mail for an authorised contact, with the time it reached the mailbox. */
    @POST
    @Path("/{id}/link")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response link(@PathParam("id") Long id, LinkRequest body, @Context UriInfo uri) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        TicketDetail filed = quarantine.link(id, body.customer(), body.contactEmail());
        return Response.created(uri.getBaseUriBuilder().path("tickets").path(filed.filingNumber()).build())
                .entity(TicketJson.of(filed)).build();
    }

    /** Rejects a quarantined mail; the sender is told the reason. */
    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("id") Long id, RejectRequest body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        quarantine.reject(id, body.reason());
        return Response.noContent().build();
    }

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
