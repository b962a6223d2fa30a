package gr.cloudu.helpdesk.notification.application;

/** Queues a mail inside the current transaction: a rollback sends nothing. */
public interface OutgoingMailPublisher {

    void publish(OutgoingMail mail);
}
