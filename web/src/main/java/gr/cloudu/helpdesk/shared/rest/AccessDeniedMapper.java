package gr.cloudu.helpdesk.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The caller is known but their roles do not allow the use case. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException e) {
        return ApiError.response(Response.Status.FORBIDDEN, "forbidden", "Your roles do not allow this request.");
    }
}
