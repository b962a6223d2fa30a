package gr.cloudu.helpdesk.security.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;

/**
 * The moment a page session signs in: the server gives the session a new id when the login form succeeds (so that an id
 * handed out before cannot be used to ride it). A user who opened the login page before their password was reset, and
 * signs in with the new one, is not sent back to log in again.
 */
@WebListener
public class SignInMoment implements HttpSessionIdListener {

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        StaleSessionFilter.renew(event.getSession());
    }
}
