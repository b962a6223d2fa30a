package gr.cloudu.helpdesk.shared.web;

import gr.cloudu.helpdesk.shared.application.BusinessMessages;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.ResourceBundle;

/** Shows outcomes on the page: business refusals in the user's language, attached to the field at fault. */
public final class FacesFeedback {

    private FacesFeedback() {
    }

    /**
     * Shows a refusal. {@code fieldIds} maps a field named by the business rule to the client id of its
     * input, so the message appears beside it; unmapped fields show at the top of the page.
     */
    public static void refused(BusinessException e, java.util.Map<String, String> fieldIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = BusinessMessages.render(e, faces.getViewRoot().getLocale());
        String clientId = e.field() == null ? null : fieldIds.get(e.field());
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /** Shows a refused row of an import file, with its line number. */
    public static void refusedAtLine(int line, BusinessException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String text = java.text.MessageFormat.format(bundle.getString("import.line"), line)
                + " " + BusinessMessages.render(e, faces.getViewRoot().getLocale());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /** Shows a message from the page bundle. */
    public static void message(FacesMessage.Severity severity, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        faces.addMessage(null, new FacesMessage(severity, text, text));
    }

    /** Shows a success message from the page bundle that survives a redirect. */
    public static void done(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String text = java.text.MessageFormat.format(bundle.getString(key), arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
