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
import java.time.Instant;

/**
 * A page session outlives its login's check: the server remembers who logged in for the whole session. When the
 * administrator disables a login, or its password is changed (a password someone else learnt), the sessions opened
 * before end at their next request and the browser is sent to log in again. (The API authenticates every request,
 * so the realm refuses it already.)
 */
@WebFilter(urlPatterns = "/*")
public class StaleSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String SIGNED_IN_AT = StaleSessionFilter.class.getName() + ".signedInAt";

    @Inject
    private CallerScopes callers;

    /**
     * The session is signed in from now on: at login ({@link SignInMoment}), and after its own user changed their password
     * (it is used by whoever knows the new one).
     */
    public static void renew(HttpSession session) {
        session.setAttribute(SIGNED_IN_AT, Instant.now());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        // Pages and their requests are checked; the style sheets and scripts they load need not be.
        boolean resource = request.getRequestURI().contains("/jakarta.faces.resource/");
        if (session != null && !resource && request.getRemoteUser() != null) {
            Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
            if (signedInAt == null) {
                // Not stamped at login (a session from before this server started): its sign-in came after the session
                // began, so the session's start errs on the safe side.
                signedInAt = Instant.ofEpochMilli(session.getCreationTime());
                session.setAttribute(SIGNED_IN_AT, signedInAt);
            }
            if (!callers.mayStaySignedIn(request.getRemoteUser(), signedInAt)) {
                session.invalidate();
                request.logout();
                response.sendRedirect(request.getRequestURI());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
