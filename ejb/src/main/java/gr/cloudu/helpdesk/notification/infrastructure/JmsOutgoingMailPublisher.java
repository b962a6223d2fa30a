package gr.cloudu.helpdesk.notification.infrastructure;

import gr.cloudu.helpdesk.notification.application.OutgoingMail;
import gr.cloudu.helpdesk.notification.application.OutgoingMailPublisher;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.BinaryDataStrategy;

/** Puts an {@link OutgoingMail} on the outgoing-mail queue through the XA factory, inside the caller's transaction. */
@ApplicationScoped
public class JmsOutgoingMailPublisher implements OutgoingMailPublisher {

    // Attachments as base64, not as arrays of numbers: both ends of the queue must agree.
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withBinaryDataStrategy(BinaryDataStrategy.BASE_64));

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/helpdesk/OutgoingMail")
    private Queue outgoingMail;

    @Override
    public void publish(OutgoingMail mail) {
        jms.createProducer().setProperty("mailId", mail.id()).send(outgoingMail, JSON.toJson(mail));
    }
}
