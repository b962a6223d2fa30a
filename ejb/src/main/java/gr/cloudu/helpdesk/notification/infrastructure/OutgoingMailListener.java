package gr.cloudu.helpdesk.notification.infrastructure;

import gr.cloudu.helpdesk.notification.application.MailSendingService;
import gr.cloudu.helpdesk.notification.application.OutgoingMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.BinaryDataStrategy;
import jakarta.mail.MessagingException;

import java.util.logging.Logger;

/** Translates a queued {@link OutgoingMail} into sending it; failures are redelivered, then parked on the DLQ. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/helpdesk/OutgoingMail"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
        // No prefetch: a backlog (after the mail server was away) is spread over all the sessions, not buffered by one.
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
})
@PermitAll
public class OutgoingMailListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(OutgoingMailListener.class.getName());
    // Attachments as base64, not as arrays of numbers: both ends of the queue must agree.
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withBinaryDataStrategy(BinaryDataStrategy.BASE_64));

    @Inject
    private MailSendingService sender;

    @Override
    public void onMessage(Message message) {
        try {
            sender.send(JSON.fromJson(((TextMessage) message).getText(), OutgoingMail.class));
        } catch (JMSException | MessagingException e) {
            LOG.warning(() -> "Mail not sent yet, it will be delivered again: " + e);
            throw new IllegalStateException("Mail delivery failed", e);
        }
    }
}
