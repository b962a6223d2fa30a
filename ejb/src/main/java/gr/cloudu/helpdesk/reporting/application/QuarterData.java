package gr.cloudu.helpdesk.reporting.application;

import gr.cloudu.helpdesk.customer.application.SlaTermView;
import gr.cloudu.helpdesk.reporting.domain.ContractQuarter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a quarter's report is made of, as read from the database: the faults reported in the quarter with
 * their deadlines, the pauses of those that missed one, the visits carried out, the parts fitted, and the
 * faults still open when the quarter ended (the first {@code openAtEnd} of {@code openAtEndCount}), the updates to the
 * customer, the preventive maintenance due. {@code asOf} is when the figures stand: the quarter's end, or now for a
 * quarter still running; what happened later does not change them.
 */
public record QuarterData(String contractCode, String customerName, LocalDate signedOn, ContractQuarter quarter, Instant asOf,
                          List<SlaTermView> terms, List<Fault> faults, Map<Long, List<Pause>> pauses, List<Visit> visits,
                          Map<String, Integer> partsFitted, List<OpenFault> openAtEnd, int openAtEndCount, CustomerUpdates updates,
                          List<Maintenance> maintenance) {

    /** A preventive-maintenance visit due in the quarter, and whether (and when) it was carried out. */
    public record Maintenance(String equipmentSerial, LocalDate dueOn, String status, Instant doneAt) {
    }

    /**
     * The messages to customers in the quarter about this contract's faults: sent at the contract's update rate
     * in time, sent late, and the times an update fell overdue with nothing sent (the owner was reminded);
     * {@code missed} counts the updates that did not go in time once each, whether they went late, were
     * overdue, or both.
     */
    public record CustomerUpdates(int onTime, int late, int overdue, int missed) {
    }

    /** A fault reported in the quarter; {@code paused} while it waits for the customer, its deadlines' clock stopped. */
    public record Fault(long id, String filingNumber, Instant reportedAt, String channel, String severity, String equipmentSerial,
                        String subject, String status, String tier, Instant respondedAt, Instant resolvedAt, long pausedSeconds,
                        boolean paused, int escalations, int customerMessages, int updatesOverdue, List<Deadline> deadlines) {
    }

    /**
     * One deadline of a fault; {@code settledAt} is when it was met (or met late) or waived, its due time when the
     * deadline watch declared it missed, null while it runs.
     */
    public record Deadline(String kind, Instant dueAt, String outcome, Instant settledAt) {
    }

    /** A wait for the customer: when it began and the reason given, and how long it lasted once it ended. */
    public record Pause(Instant since, String reason, String lasted) {
    }

    public record Visit(String filingNumber, LocalDate date, Instant arrivedAt, Instant leftAt, String engineer, String status) {
    }

    public record OpenFault(String filingNumber, String severity, Instant reportedAt, String status, String subject) {
    }
}
