package gr.cloudu.helpdesk.ticket.infrastructure;

import gr.cloudu.helpdesk.ticket.application.FaultReported;
import gr.cloudu.helpdesk.ticket.application.FaultReportedPublisher;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Puts {@link FaultReported} on the ticket-events queue as a JSON text message through the XA connection
 * factory, so the message is part of the caller's transaction: sent on commit, dropped on rollback.
 */
@ApplicationScoped
public class JmsFaultReportedPublisher implements FaultReportedPublisher {

    public static final String TYPE = "FaultReported";

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/helpdesk/TicketEvents")
    private Queue ticketEvents;

    @Override
    public void publish(FaultReported event) {
        jms.createProducer()
                .setProperty("type", TYPE)
                .setProperty("filingNumber", event.filingNumber())
                .send(ticketEvents, JSON.toJson(event));
    }
}
