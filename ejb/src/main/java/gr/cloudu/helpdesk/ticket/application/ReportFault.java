package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.shared.domain.Require;
import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.ticket.domain.Channel;

/**
 * A fault report as received: for which customer, from whom (an authorised contact's e-mail; customer
 * users may leave it out and report as themselves), about which machine, how severe, and the problem.
 */
public record ReportFault(String customer, String reporterEmail, String equipmentSerial, Severity severity,
                          String subject, String description, Channel channel) {

    public ReportFault {
        customer = customer == null || customer.isBlank() ? null : customer.strip();
        reporterEmail = reporterEmail == null || reporterEmail.isBlank() ? null : Require.email("reporterEmail", reporterEmail);
        equipmentSerial = Require.optionalText("equipmentSerial", equipmentSerial, 80);
        if (severity == null) {
            throw gr.cloudu.helpdesk.shared.domain.BusinessException.invalid("severity", "required", "severity");
        }
        subject = Require.text("subject", subject, 300);
        description = Require.optionalText("description", description, 20000);
        if (channel == null) {
            throw gr.cloudu.helpdesk.shared.domain.BusinessException.invalid("channel", "required", "channel");
        }
    }

    /** The same report, about that machine. */
    public ReportFault about(String serial) {
        return new ReportFault(customer, reporterEmail, serial, severity, subject, description, channel);
    }

    /** Reads the severity and channel as they come over the wire, naming the field when they are wrong. */
    public static ReportFault of(String customer, String reporterEmail, String equipmentSerial, String severity,
                                 String subject, String description, String channel) {
        return new ReportFault(customer, reporterEmail, equipmentSerial, Require.oneOf("severity", Severity.class, severity),
                subject, description, Require.oneOf("channel", Channel.class, channel));
    }
}
