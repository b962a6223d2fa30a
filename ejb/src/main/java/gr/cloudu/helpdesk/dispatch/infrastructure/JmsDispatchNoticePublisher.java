package gr.cloudu.helpdesk.dispatch.infrastructure;

import gr.cloudu.helpdesk.dispatch.application.DispatchNotice;
import gr.cloudu.helpdesk.dispatch.application.DispatchNoticePublisher;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Puts a {@link DispatchNotice} on the dispatch queue through the XA factory, inside the caller's transaction. */
@ApplicationScoped
public class JmsDispatchNoticePublisher implements DispatchNoticePublisher {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/helpdesk/Dispatch")
    private Queue dispatch;

    @Override
    public void publish(DispatchNotice notice) {
        jms.createProducer().setProperty("noticeId", notice.id()).setProperty("filingNumber", notice.filingNumber())
                .send(dispatch, JSON.toJson(notice));
    }
}
