package gr.cloudu.helpdesk.shared.web;

import gr.cloudu.helpdesk.shared.application.DeadLetterService;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** {@code admin/dead-letters.xhtml}: the messages that kept failing; the administrator retries or discards them. */
@Named
@ViewScoped
public class DeadLettersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DeadLetterService deadLetters;

    private List<DeadLetterService.DeadLetter> letters;

    public List<DeadLetterService.DeadLetter> getLetters() {
        if (letters == null) {
            letters = deadLetters.list();
        }
        return letters;
    }

    public void retry(DeadLetterService.DeadLetter letter) {
        try {
            deadLetters.retry(letter.id());
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, "deadLetters.retried");
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of());
        }
        letters = null;
    }

    public void retryAll() {
        FacesFeedback.done("deadLetters.retriedAll", deadLetters.retryAll());
        letters = null;
    }

    public void discard(DeadLetterService.DeadLetter letter) {
        try {
            deadLetters.discard(letter.id());
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, "deadLetters.discarded");
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of());
        }
        letters = null;
    }
}
