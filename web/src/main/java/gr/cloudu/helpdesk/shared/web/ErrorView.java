package gr.cloudu.helpdesk.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.primefaces.application.exceptionhandler.ExceptionInfo;

import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page's incident id. The user sees only the id; the log has the failure under the same id,
 * so the help desk can find it when the user quotes it.
 */
@Named
@RequestScoped
public class ErrorView {

    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

    private String incident;

    public String getIncident() {
        if (incident == null) {
            incident = UUID.randomUUID().toString().substring(0, 8);
            FacesContext faces = FacesContext.getCurrentInstance();
            Map<String, Object> request = faces.getExternalContext().getRequestMap();
            Object failure = request.get(RequestDispatcher.ERROR_EXCEPTION);
            Object where = request.get(RequestDispatcher.ERROR_REQUEST_URI);
            // A failure inside a Faces request reaches this page through PrimeFaces' exception handler instead.
            ExceptionInfo handled = faces.getApplication().evaluateExpressionGet(faces, "#{pfExceptionHandler}", ExceptionInfo.class);
            if (failure == null && handled != null) {
                failure = handled.getException();
                where = faces.getExternalContext().getRequestServletPath();
            }
            LOG.log(Level.SEVERE, "Incident " + incident + " at " + where, failure instanceof Throwable t ? t : null);
        }
        return incident;
    }
}
