package gr.cloudu.helpdesk.ticket.application;

/** Sends {@link FaultReported} inside the current transaction: a rollback sends nothing. */
public interface FaultReportedPublisher {

    void publish(FaultReported event);
}
