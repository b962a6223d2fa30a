package gr.cloudu.helpdesk.shared.application;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The dead-letter queue, for the administrator: the messages that kept failing (a dispatch notice, a mail, a
 * receipt) after all redeliveries, with where they came from; one can be sent back to its queue once the
 * cause is fixed (the mail server is up again), or discarded after reading it.
 */
@Stateless
@RolesAllowed("ADMIN")
public class DeadLetterService {

    private static final int MAX_LISTED = 500;
    private static final int MAX_RETRIED = 1000;
    private static final String ORIGIN = "_AMQ_ORIG_ADDRESS";

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/DLQ")
    private Queue deadLetters;

    @Resource(lookup = "java:/jms/queue/helpdesk/Dispatch")
    private Queue dispatch;

    @Resource(lookup = "java:/jms/queue/helpdesk/OutgoingMail")
    private Queue outgoingMail;

    @Resource(lookup = "java:/jms/queue/helpdesk/TicketEvents")
    private Queue ticketEvents;

    /** A parked message: its id, the queue it failed on, when it was first sent, and its content. */
    public record DeadLetter(String id, String queue, Instant sentAt, int deliveries, String body) {
    }

    public List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(deadLetters)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && letters.size() < MAX_LISTED) {
                letters.add(letter((Message) messages.nextElement()));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("The dead-letter queue cannot be read", e);
        }
        Collections.reverse(letters);
        return letters;
    }

    /** Sends a parked message back to the queue it failed on, as a new delivery with the same content and properties. */
    public void retry(String messageId) {
        resend(take(messageId));
    }

    /**
     * Sends the parked messages of our queues back, oldest first, up to {@value #MAX_RETRIED} at a time (the cause,
     * such as a mail server that was down, is fixed for all of them): how many went back. All in one transaction,
     * so a failure sends none back and leaves them all parked.
     */
    public int retryAll() {
        int sent = 0;
        try (JMSConsumer consumer = jms.createConsumer(deadLetters, ORIGIN + " LIKE '%Helpdesk%'")) {
            for (Message message; sent < MAX_RETRIED && (message = consumer.receive(500)) != null; sent++) {
                resend(message);
            }
        }
        return sent;
    }

    private void resend(Message message) {
        try {
            Queue origin = origin(message);
            JMSProducer producer = jms.createProducer();
            for (Enumeration<?> names = message.getPropertyNames(); names.hasMoreElements(); ) {
                String name = (String) names.nextElement();
                if (!name.startsWith("_AMQ") && !name.startsWith("JMSX")) {
                    producer.setProperty(name, message.getObjectProperty(name));
                }
            }
            producer.send(origin, message.getBody(String.class));
        } catch (JMSException e) {
            throw new IllegalStateException("The dead letter could not be sent back", e);
        }
    }

    /** Removes a parked message for good (it was read and handled by hand). */
    public void discard(String messageId) {
        take(messageId);
    }

    private Message take(String messageId) {
        if (messageId == null || !messageId.matches("ID:[0-9a-fA-F-]{1,64}")) {
            throw BusinessException.invalid("id", "dead_letter_not_found", messageId);
        }
        try (JMSConsumer consumer = jms.createConsumer(deadLetters, "JMSMessageID = '" + messageId + "'")) {
            Message message = consumer.receive(2000);
            if (message == null) {
                throw BusinessException.notFound("dead_letter_not_found", messageId);
            }
            return message;
        }
    }

    private Queue origin(Message message) throws JMSException {
        String address = String.valueOf(message.getObjectProperty(ORIGIN));
        for (Queue queue : List.of(dispatch, outgoingMail, ticketEvents)) {
            if (address.endsWith(queue.getQueueName())) {
                return queue;
            }
        }
        throw BusinessException.conflict("dead_letter_origin_unknown", address);
    }

    private DeadLetter letter(Message m) throws JMSException {
        String address = String.valueOf(m.getObjectProperty(ORIGIN));
        String body = m instanceof TextMessage text ? text.getText() : "(" + m.getClass().getSimpleName() + ")";
        return new DeadLetter(m.getJMSMessageID(), address.startsWith("jms.queue.") ? address.substring(10) : address,
                Instant.ofEpochMilli(m.getJMSTimestamp()), m.propertyExists("JMSXDeliveryCount") ? m.getIntProperty("JMSXDeliveryCount") : 0,
                body != null && body.length() > 4000 ? body.substring(0, 4000) : body);
    }
}
