package gr.cloudu.helpdesk.shared.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The API answers "who are you?" with 401 and a Basic challenge. The web module's login is a form (for
 * people), so the container would send programs to the login page; the API path is left open in
 * web.xml, credentials that come with a request are still checked by the server (proactive
 * authentication), and this filter turns away whatever arrives unauthenticated. Resources marked
 * {@link Public} need no login.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() != null || isPublic()) {
            return;
        }
        boolean sentCredentials = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        request.abortWith(Response.fromResponse(ApiError.response(Response.Status.UNAUTHORIZED,
                        sentCredentials ? "invalid_credentials" : "unauthenticated",
                        sentCredentials ? "The user name or password is wrong."
                                : "Log in with HTTP Basic authentication to use the API."))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Cloud-U Help Desk\", charset=\"UTF-8\"")
                .build());
    }

    private boolean isPublic() {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class));
    }
}
