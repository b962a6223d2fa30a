package gr.cloudu.helpdesk.dispatch.application;

/** Queues a dispatch notice inside the current transaction: a rolled-back assignment notifies nobody. */
public interface DispatchNoticePublisher {

    void publish(DispatchNotice notice);
}
