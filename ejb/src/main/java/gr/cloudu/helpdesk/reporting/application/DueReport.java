package gr.cloudu.helpdesk.reporting.application;

/**
 * A quarter that has ended without a report. {@code latest}: it is the contract's most recently ended quarter,
 * whose report goes to the customer; older ones (a contract entered long after its signature, or a long
 * downtime) are produced for the archive without flooding the customer's mailbox.
 */
public record DueReport(String contract, int quarter, boolean latest) {
}
