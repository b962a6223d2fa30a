package gr.cloudu.helpdesk.ticket.web;

import gr.cloudu.helpdesk.ticket.application.LifecycleAuditService;
import gr.cloudu.helpdesk.ticket.application.LifecycleAuditView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The last nightly check of the register, as the dashboard shows it to the administrator and the manager. */
@Named
@RequestScoped
public class RegisterAuditView {

    @Inject
    private LifecycleAuditService audits;

    private LifecycleAuditView latest;
    private boolean read;

    /** Null until the first nightly check has run. */
    public LifecycleAuditView getLatest() {
        if (!read) {
            latest = audits.latest().orElse(null);
            read = true;
        }
        return latest;
    }
}
