package gr.cloudu.helpdesk.sla.rest;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import gr.cloudu.helpdesk.sla.application.CalendarService;
import gr.cloudu.helpdesk.sla.application.CalendarView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * {@code /calendar}: the company's business calendar (API.md). Anyone signed in reads it, with the public
 * holidays of the years asked for; ADMIN sets the working hours and the closure days.
 */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    private CalendarService calendar;

    public record Hours(String opensAt, String closesAt, String timeZone) {
    }

    public record Closure(String date, String reason) {
    }

    @GET
    public CalendarView calendar(@QueryParam("from") Integer fromYear, @QueryParam("to") Integer toYear) {
        if (fromYear == null && toYear == null) {
            return calendar.view();
        }
        int from = fromYear != null ? fromYear : toYear;
        return calendar.view(from, toYear != null ? toYear : from);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarView setHours(Hours body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        return calendar.setHours(Require.time("opensAt", body.opensAt()), Require.time("closesAt", body.closesAt()), body.timeZone());
    }

    @POST
    @Path("/closures")
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarView addClosure(Closure body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        return calendar.addClosure(Require.date("date", body.date()), body.reason());
    }

    @DELETE
    @Path("/closures/{date}")
    public CalendarView removeClosure(@PathParam("date") String date) {
        return calendar.removeClosure(Require.date("date", date));
    }

}
