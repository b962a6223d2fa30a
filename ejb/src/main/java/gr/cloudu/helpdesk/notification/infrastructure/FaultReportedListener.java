package gr.cloudu.helpdesk.notification.infrastructure;

import gr.cloudu.helpdesk.notification.application.ReceiptService;
import gr.cloudu.helpdesk.ticket.application.FaultReported;
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
 * Translates a {@link FaultReported} notice into sending the filing receipt. Any failure rolls the
 * delivery back; the broker redelivers with back-off and parks the notice on the dead-letter queue after
 * the configured attempts (see wildfly-config), so nothing is lost.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/helpdesk/TicketEvents"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "type = 'FaultReported'"),
        // One receipt at a time: in a flood of reports more senders took the CPU the filing itself needs (mail
        // intake went from 80 to 134 mails/s with 4 → 1, bench/RESULTS.md); the receipts follow a little later.
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        // No prefetch: what waits stays on the queue, visible to the dead-letter and queue pages, not in a client buffer.
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
})
@PermitAll
public class FaultReportedListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(FaultReportedListener.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private ReceiptService receipts;

    @Override
    public void onMessage(Message message) {
        try {
            FaultReported notice = JSON.fromJson(((TextMessage) message).getText(), FaultReported.class);
            receipts.sendReceipt(notice.filingNumber());
        } catch (JMSException | MessagingException e) {
            LOG.warning(() -> "Receipt not sent yet, the notice will be delivered again: " + e);
            throw new IllegalStateException("Receipt delivery failed", e);
        }
    }
}
