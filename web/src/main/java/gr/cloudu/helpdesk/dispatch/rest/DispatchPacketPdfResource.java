package gr.cloudu.helpdesk.dispatch.rest;

import gr.cloudu.helpdesk.dispatch.application.DispatchPacket;
import gr.cloudu.helpdesk.dispatch.application.DispatchPacketPdf;
import gr.cloudu.helpdesk.dispatch.application.DispatchQueries;
import gr.cloudu.helpdesk.shared.rest.ContentDisposition;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/** {@code GET /tickets/{n}/dispatch-packet.pdf}: the dispatch packet as a PDF (Greek; {@code ?lang=en} for English). */
@Path("/tickets/{filingNumber}/dispatch-packet.pdf")
public class DispatchPacketPdfResource {

    @Inject
    private DispatchQueries queries;

    @GET
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response packetPdf(@PathParam("filingNumber") String filingNumber, @QueryParam("lang") String language) {
        DispatchPacket packet = queries.packet(filingNumber);
        byte[] pdf = DispatchPacketPdf.render(packet, Locale.forLanguageTag("en".equals(language) ? "en" : "el"));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment("dispatch-" + packet.ticket().filingNumber() + ".pdf"))
                .build();
    }
}
