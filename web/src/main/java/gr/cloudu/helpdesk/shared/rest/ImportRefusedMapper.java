package gr.cloudu.helpdesk.shared.rest;

import gr.cloudu.helpdesk.shared.application.BusinessMessages;
import gr.cloudu.helpdesk.shared.application.ImportRefused;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;

/** An import refused whole: 400 with every bad row, its line, the column at fault and why. */
@Provider
public class ImportRefusedMapper implements ExceptionMapper<ImportRefused> {

    /** The answer's body. */
    public record Refusal(String error, String message, List<Problem> problems) {
    }

    /** One refused row. */
    public record Problem(int line, String field, String error, String message) {
    }

    @Override
    public Response toResponse(ImportRefused e) {
        List<Problem> problems = e.problems().stream()
                .map(p -> new Problem(p.line(), p.refusal().field(), p.refusal().code(),
                        BusinessMessages.render(p.refusal(), Locale.ENGLISH)))
                .toList();
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new Refusal("import_refused", problems.size() + " rows of the file break the rules; nothing was imported.",
                        problems))
                .build();
    }
}
