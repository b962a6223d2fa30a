package gr.cloudu.helpdesk.dispatch.infrastructure;

import gr.cloudu.helpdesk.dispatch.application.DispatchDeliveryService;
import gr.cloudu.helpdesk.dispatch.application.DispatchNotice;
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
import jakarta.mail.MessagingException;

import java.util.logging.Logger;

/**
 * Translates a {@link DispatchNotice} into delivering it. Any failure (the mail server down, a notice that
 * cannot be read) rolls the delivery back; the broker redelivers with back-off and parks the notice on the
 * dead-letter queue after the configured attempts, where an administrator can retry it.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/helpdesk/Dispatch"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8"),
        // No prefetch: the first session started would otherwise buffer a whole backlog of small notices and work
        // through it alone while the other sessions idle.
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
})
@PermitAll
public class DispatchNoticeListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DispatchNoticeListener.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    // The queue's max-delivery-attempts comes from the same variable (wildfly-config's messaging script); -1 there means
    // retried for ever, never parked.
    private static final int ATTEMPTS = attempts(System.getenv("HELPDESK_JMS_MAX_DELIVERY_ATTEMPTS"));

    @Inject
    private DispatchDeliveryService delivery;

    @Override
    public void onMessage(Message message) {
        DispatchNotice notice = null;
        try {
            notice = JSON.fromJson(((TextMessage) message).getText(), DispatchNotice.class);
            if (notice == null || notice.id() == null || notice.assignmentId() == null) {
                throw new IllegalArgumentException("not a dispatch notice");
            }
            delivery.deliver(notice);
        } catch (JMSException | MessagingException | RuntimeException e) {
            int attempt = attempt(message);
            if (ATTEMPTS > 0 && attempt >= ATTEMPTS && notice != null && notice.assignmentId() != null) {
                LOG.severe(() -> "Dispatch notice failed " + attempt + " times and is parked on the dead-letter queue: " + e);
                delivery.parked(notice, attempt, e.toString());
            } else {
                LOG.warning(() -> "Dispatch notice not delivered yet, it will be delivered again: " + e);
            }
            throw new IllegalStateException("Dispatch delivery failed", e);
        }
    }

    private static int attempts(String configured) {
        try {
            return configured == null || configured.isBlank() ? 12 : Integer.parseInt(configured.strip());
        } catch (NumberFormatException e) {
            return 12;
        }
    }

    private static int attempt(Message message) {
        try {
            return message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
        } catch (JMSException e) {
            return 1;
        }
    }
}
