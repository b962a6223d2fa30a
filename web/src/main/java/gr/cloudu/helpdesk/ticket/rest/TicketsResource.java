package gr.cloudu.helpdesk.ticket.rest;

import gr.cloudu.helpdesk.shared.domain.Require;
import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.shared.rest.ContentDisposition;
import gr.cloudu.helpdesk.ticket.application.DocumentFile;
import gr.cloudu.helpdesk.ticket.application.DocumentRow;
import gr.cloudu.helpdesk.ticket.application.FilingDesk;
import gr.cloudu.helpdesk.ticket.application.LifecycleVerification;
import gr.cloudu.helpdesk.ticket.application.ReportFault;
import gr.cloudu.helpdesk.ticket.application.TicketDetail;
import gr.cloudu.helpdesk.ticket.application.TicketFilter;
import gr.cloudu.helpdesk.ticket.application.TicketLifecycleService;
import gr.cloudu.helpdesk.ticket.application.Transition;
import gr.cloudu.helpdesk.ticket.domain.Tier;
import gr.cloudu.helpdesk.ticket.application.TicketPage;
import gr.cloudu.helpdesk.ticket.application.TicketQueries;
import gr.cloudu.helpdesk.ticket.domain.Channel;
import gr.cloudu.helpdesk.ticket.domain.TicketStatus;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code /tickets}: fault reports over the API (shared/API.md). */
@Path("/tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

    @Inject
    private FilingDesk desk;

    @Inject
    private TicketQueries tickets;

    @Inject
    private TicketLifecycleService lifecycle;

    @Inject
    private Clock clock;

    /** A state-machine action (API.md); {@code version}, if sent, must be the version the caller saw. */
    public record TransitionRequest(String action, String comment, String assignee, String tier, Long version) {
    }

    /** A new severity for the fault, with the reason; the deadlines follow the contract term of it. */
    public record SeverityChange(String severity, String reason, Long version) {
    }

    /** The help desk's diagnosis: symptom, suspected module (slot), checks done, result. */
    public record NoteRequest(String text, Boolean forCustomer) {
    }

    public record CustomerUpdateRequest(String message) {
    }

    public record DiagnosisRequest(String symptom, String module, String checks, String result, Long version) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(FileTicketRequest body, @Context UriInfo uri) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        TicketDetail filed = desk.file(ReportFault.of(body.customer(), body.reporterEmail(), body.equipmentSerial(),
                body.severity(), body.subject(), body.description(), body.channel() == null ? Channel.API.name() : body.channel()));
        return Response.created(uri.getAbsolutePathBuilder().path(filed.filingNumber()).build())
                .entity(TicketJson.of(filed)).build();
    }

    @GET
    @Path("/{filingNumber}")
    public TicketJson ticket(@PathParam("filingNumber") String filingNumber) {
        return TicketJson.of(tickets.detail(filingNumber));
    }

    @POST
    @Path("/{filingNumber}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketJson transition(@PathParam("filingNumber") String filingNumber, TransitionRequest body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        return TicketJson.of(lifecycle.transition(filingNumber,
                Transition.of(body.action(), body.comment(), body.assignee(), body.tier(), body.version())));
    }

    @PUT
    @Path("/{filingNumber}/diagnosis")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketJson diagnose(@PathParam("filingNumber") String filingNumber, DiagnosisRequest body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        return TicketJson.of(lifecycle.diagnose(filingNumber, body.symptom(), body.module(), body.checks(), body.result(),
                body.version()));
    }

    /** A note on the fault; {@code forCustomer}: it goes out with the customer's next update (staff only). */
    @POST
    @Path("/{filingNumber}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketJson addNote(@PathParam("filingNumber") String filingNumber, NoteRequest body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        return TicketJson.of(lifecycle.addNote(filingNumber, body.text(), Boolean.TRUE.equals(body.forCustomer())));
    }

    /** Sends the customer an update now, by mail, recorded in the life-cycle (staff only). */
    @POST
    @Path("/{filingNumber}/customer-updates")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketJson informCustomer(@PathParam("filingNumber") String filingNumber, CustomerUpdateRequest body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        return TicketJson.of(lifecycle.informCustomer(filingNumber, body.message()));
    }

    @POST
    @Path("/{filingNumber}/severity")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketJson changeSeverity(@PathParam("filingNumber") String filingNumber, SeverityChange body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        return TicketJson.of(lifecycle.changeSeverity(filingNumber, Require.oneOf("severity", Severity.class, body.severity()),
                body.reason(), body.version()));
    }

    /**
     * Lists tickets newest first; with {@code tier} (or {@code open=true}) it is that tier's queue: open tickets,
     * nearest deadline first.
     */
    @GET
    public Map<String, Object> list(@QueryParam("customer") String customer, @QueryParam("status") String status,
                                    @QueryParam("severity") String severity, @QueryParam("tier") String tier,
                                    @QueryParam("assignee") String assignee, @QueryParam("open") boolean open,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0) {
            throw BusinessException.invalid("page", "not_negative", "page");
        }
        if (size < 1 || size > 200) {
            throw BusinessException.invalid("size", "page_size", "size", 200);
        }
        Tier queueTier = tier == null || tier.isBlank() ? null : Require.oneOf("tier", Tier.class, tier);
        TicketFilter filter = new TicketFilter(customer,
                status == null || status.isBlank() ? null : Require.oneOf("status", TicketStatus.class, status),
                severity == null || severity.isBlank() ? null : Require.oneOf("severity", Severity.class, severity),
                queueTier, assignee, open || queueTier != null);
        TicketPage result = tickets.page(filter, page * size, size);
        Instant now = clock.instant();
        return Map.of("items", result.items().stream().map(r -> TicketRowJson.of(r, now)).toList(), "total", result.total());
    }

    @GET
    @Path("/{filingNumber}/events")
    public List<LifecycleEntryJson> events(@PathParam("filingNumber") String filingNumber) {
        return tickets.lifecycle(filingNumber).stream().map(LifecycleEntryJson::of).toList();
    }

    /** The documents filed with the ticket (such as the scan of a paper fax), with their SHA-256. */
    @GET
    @Path("/{filingNumber}/documents")
    public List<DocumentRow> documents(@PathParam("filingNumber") String filingNumber) {
        return tickets.documents(filingNumber);
    }

    @GET
    @Path("/{filingNumber}/documents/{id}")
    @Produces({MediaType.WILDCARD, MediaType.APPLICATION_JSON})
    public Response document(@PathParam("filingNumber") String filingNumber, @PathParam("id") Long id) {
        DocumentFile file = tickets.document(filingNumber, id);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/{filingNumber}/verification")
    public LifecycleVerification verification(@PathParam("filingNumber") String filingNumber) {
        return tickets.verify(filingNumber);
    }
}
