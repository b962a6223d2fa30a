package gr.cloudu.helpdesk.shared.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Refusals of the HTTP layer itself (unknown path, wrong method or media type) in the API's error body. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Pattern QUERY_PARAMETER = Pattern.compile("QueryParam\\(\"([^\"]+)\"\\) value is '([^']*)'");

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String error;
        String message;
        Matcher parameter = e instanceof NotFoundException && e.getMessage() != null ? QUERY_PARAMETER.matcher(e.getMessage()) : null;
        if (parameter != null && parameter.find()) {
            // JAX-RS answers 404 when a query parameter does not convert (?page=abc); the caller's mistake is a 400.
            return ApiError.response(400, new ApiError("not_a_number", "The query parameter \"" + parameter.group(1)
                    + "\" has a value this address cannot take: " + parameter.group(2), parameter.group(1), null));
        }
        if (e instanceof NotFoundException) {
            error = "not_found";
            message = "There is nothing at this address.";
        } else if (e instanceof NotAllowedException) {
            error = "method_not_allowed";
            message = "This address does not accept that HTTP method.";
        } else if (e instanceof NotSupportedException) {
            error = "unsupported_media_type";
            message = "Send the request body as application/json.";
        } else if (status == 400) {
            error = "malformed_request";
            message = "The request could not be read: " + e.getMessage();
        } else {
            error = "http_" + status;
            message = e.getResponse().getStatusInfo().getReasonPhrase();
        }
        Response.ResponseBuilder answer = Response.fromResponse(ApiError.response(status, new ApiError(error, message, null, null)));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }
}
