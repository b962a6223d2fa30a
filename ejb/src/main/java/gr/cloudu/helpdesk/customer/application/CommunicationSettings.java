package gr.cloudu.helpdesk.customer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The company's side of the contract's communication levels (DOMAIN.md §9): Level I is the help desk itself
 * (its mailbox, HELPDESK_MAIL_FROM); Level II is the head of the help desk (HELPDESK_HEAD_OF_HELP_DESK_NAME and
 * HELPDESK_HEAD_OF_HELP_DESK_EMAIL), who also receives a copy of every quarterly report.
 */
@ApplicationScoped
public class CommunicationSettings {

    @Inject
    @ConfigProperty(name = "helpdesk.mail.from", defaultValue = "helpdesk@cloud-u.gr")
    private String helpDeskAddress;

    @Inject
    @ConfigProperty(name = "helpdesk.head-of-help-desk.name", defaultValue = "Head of the Help Desk")
    private String headName;

    @Inject
    @ConfigProperty(name = "helpdesk.head-of-help-desk.email")
    private Optional<String> headEmail;

    public String helpDeskAddress() {
        return helpDeskAddress;
    }

    public String headOfHelpDeskName() {
        return headName;
    }

    public Optional<String> headOfHelpDeskEmail() {
        return headEmail.map(String::strip).filter(e -> !e.isEmpty());
    }
}
