package gr.cloudu.helpdesk.ticket.web;

import gr.cloudu.helpdesk.customer.application.ContactView;
import gr.cloudu.helpdesk.customer.application.CustomerOption;
import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.shared.web.CurrentUser;
import gr.cloudu.helpdesk.shared.web.FacesFeedback;
import gr.cloudu.helpdesk.ticket.application.ReportFault;
import gr.cloudu.helpdesk.ticket.application.ScannedDocument;
import gr.cloudu.helpdesk.ticket.application.TicketDetail;
import gr.cloudu.helpdesk.ticket.application.TicketFilingService;
import gr.cloudu.helpdesk.ticket.domain.Channel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code tickets/new.xhtml}: help-desk staff record a report received by phone or paper fax for an
 * authorised contact (with the scan of the fax); a customer's user files one of their own through the portal.
 */
@Named
@ViewScoped
public class TicketIntakeView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "customer", "intake:customer", "reporterEmail", "intake:reporter", "severity", "intake:severity",
            "subject", "intake:subject", "description", "intake:description", "equipmentSerial", "intake:equipment",
            "channel", "intake:channel");

    @Inject
    private TicketFilingService filing;

    @Inject
    private CustomerQueries customers;

    @Inject
    private CurrentUser currentUser;

    private String customer;
    private String reporterEmail;
    private String equipmentSerial;
    private Severity severity = Severity.MAJOR;
    private String subject;
    private String description;
    private Channel channel = Channel.PHONE;
    private transient UploadedFile scan;

    public String file() {
        Channel used = currentUser.isStaff() ? (channel == null ? Channel.PHONE : channel) : Channel.WEB;
        try {
            ScannedDocument document = scan == null || scan.getSize() == 0 ? null
                    : new ScannedDocument(scan.getFileName(), scan.getContentType(), scan.getContent());
            TicketDetail filed = filing.file(new ReportFault(customer, reporterEmail, equipmentSerial, severity, subject,
                    description, used), document);
            FacesFeedback.done("intake.filed", filed.filingNumber());
            return "/tickets/detail?faces-redirect=true&n=" + filed.filingNumber();
        } catch (BusinessException e) {
            FacesFeedback.refused(e, FIELDS);
            return null;
        }
    }

    public UploadedFile getScan() {
        return scan;
    }

    public void setScan(UploadedFile scan) {
        this.scan = scan;
    }

    public List<CustomerOption> getCustomerOptions() {
        return customers.options();
    }

    public List<ContactView> getReporterOptions() {
        return customer == null ? List.of() : customers.authorisedContacts(customer);
    }

    public Channel[] getChannels() {
        return new Channel[]{Channel.PHONE, Channel.FAX};
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getReporterEmail() {
        return reporterEmail;
    }

    public void setReporterEmail(String reporterEmail) {
        this.reporterEmail = reporterEmail;
    }

    public String getEquipmentSerial() {
        return equipmentSerial;
    }

    public void setEquipmentSerial(String equipmentSerial) {
        this.equipmentSerial = equipmentSerial;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }
}
