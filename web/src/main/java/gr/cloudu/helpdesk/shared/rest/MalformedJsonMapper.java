package gr.cloudu.helpdesk.shared.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON the resource expects is the caller's mistake: 400, never 500 (413 when it was too long). */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        if (RequestSizeLimit.TooLarge.among(e)) {
            return RequestSizeLimit.tooLarge();
        }
        return ApiError.response(Response.Status.BAD_REQUEST, "malformed_json",
                "The request body is not valid JSON for this request.");
    }
}
