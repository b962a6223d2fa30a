package gr.cloudu.helpdesk.reporting.rest;

import gr.cloudu.helpdesk.reporting.application.QuarterlyReportService;
import gr.cloudu.helpdesk.reporting.application.ReportFile;
import gr.cloudu.helpdesk.reporting.application.ReportQueries;
import gr.cloudu.helpdesk.reporting.application.ReportView;
import gr.cloudu.helpdesk.shared.domain.Require;
import gr.cloudu.helpdesk.shared.rest.ContentDisposition;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/**
 * {@code /contracts/{code}/reports} (API.md "Reports"): the quarterly Guaranteed Services reports produced so
 * far, every version, newest first; {@code /{quarter}.pdf} and {@code .csv} the newest version of a quarter
 * ({@code ?version=} an older one), with its SHA-256 in the {@code X-Content-SHA256} header;
 * {@code POST /{quarter}} (MANAGER, ADMIN) produces the quarter again as a new version ({@code ?lang=en|el});
 * {@code POST /{quarter}/mail} (MANAGER, ADMIN) sends its newest version to the customer's Level II contacts
 * (409 {@code no_level_two_contact} when there is none).
 */
@Path("/contracts/{code}/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ContractReportsResource {

    @Inject
    private ReportQueries queries;

    @Inject
    private QuarterlyReportService reports;

    @GET
    public List<ReportView> reports(@PathParam("code") String code) {
        return queries.reports(code);
    }

    @GET
    @Path("/{quarter: [0-9]{1,4}}.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("code") String code, @PathParam("quarter") int quarter, @QueryParam("version") String version) {
        return download(queries.file(code, quarter, Require.optionalInteger("version", version), "pdf"));
    }

    @GET
    @Path("/{quarter: [0-9]{1,4}}.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response csv(@PathParam("code") String code, @PathParam("quarter") int quarter, @QueryParam("version") String version) {
        return download(queries.file(code, quarter, Require.optionalInteger("version", version), "csv"));
    }

    @POST
    @Path("/{quarter: [0-9]{1,4}}/mail")
    public ReportView mail(@PathParam("code") String code, @PathParam("quarter") int quarter) {
        return reports.send(code, quarter);
    }

    @POST
    @Path("/{quarter: [0-9]{1,4}}")
    public Response regenerate(@PathParam("code") String code, @PathParam("quarter") int quarter, @QueryParam("lang") String language,
                               @Context UriInfo uri) {
        ReportView report = reports.regenerate(code, quarter, language);
        return Response.created(uri.getBaseUriBuilder().path("contracts").path(code).path("reports").path(quarter + ".pdf")
                .queryParam("version", report.version()).build()).entity(report).build();
    }

    private static Response download(ReportFile file) {
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("X-Content-SHA256", file.sha256())
                .build();
    }
}
