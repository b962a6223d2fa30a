package gr.cloudu.helpdesk.shared.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Refusals of the HTTP layer itself (unknown path, wrong method or media type) in the API's error body. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String error;
        String message;
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
