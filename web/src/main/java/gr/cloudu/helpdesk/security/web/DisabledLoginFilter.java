package gr.cloudu.helpdesk.security.web;

import gr.cloudu.helpdesk.security.application.CallerScopes;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * A page session outlives its login's check: the server remembers who logged in for the whole session. When the
 * administrator disables a login, its open sessions end at their next request and the browser is sent to log in,
 * where the login is refused. (The API authenticates every request, so the realm refuses it already.)
 */
@WebFilter(urlPatterns = "/*")
public class DisabledLoginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private CallerScopes callers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        // Pages and their requests are checked; the style sheets and scripts they load need not be.
        boolean resource = request.getRequestURI().contains("/jakarta.faces.resource/");
        if (session != null && !resource && request.getRemoteUser() != null && !callers.enabled(request.getRemoteUser())) {
            session.invalidate();
            request.logout();
            response.sendRedirect(request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }
}
