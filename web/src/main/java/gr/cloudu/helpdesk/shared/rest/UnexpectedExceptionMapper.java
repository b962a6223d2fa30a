package gr.cloudu.helpdesk.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bug. The caller gets an incident id to quote and no internals; the log gets the whole story under
 * the same id.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (RequestSizeLimit.TooLarge.among(e)) {
            // A body read as text (a CSV import) fails with the reader's own wrapper around the limit.
            return RequestSizeLimit.tooLarge();
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident, e);
        return ApiError.response(500, new ApiError("internal_error",
                "Something went wrong on our side. Please quote incident " + incident + " to the help desk.", null, incident));
    }
}
