package gr.cloudu.helpdesk.customer.web;

import gr.cloudu.helpdesk.customer.application.CommunicationLevelView;
import gr.cloudu.helpdesk.customer.application.ContactView;
import gr.cloudu.helpdesk.customer.application.ContractView;
import gr.cloudu.helpdesk.reporting.application.ReportQueries;
import gr.cloudu.helpdesk.reporting.application.ReportView;
import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.customer.application.CustomerRegistryService;
import gr.cloudu.helpdesk.customer.application.CustomerView;
import gr.cloudu.helpdesk.customer.domain.CommunicationLevel;
import gr.cloudu.helpdesk.customer.domain.ContactDetails;
import gr.cloudu.helpdesk.equipment.application.EquipmentQueries;
import gr.cloudu.helpdesk.equipment.application.EquipmentRegistryService;
import gr.cloudu.helpdesk.equipment.web.MachineForm;
import gr.cloudu.helpdesk.shared.application.ImportRefused;
import gr.cloudu.helpdesk.equipment.application.EquipmentView;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.web.FacesFeedback;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code customers/detail.xhtml?code=...}: one customer with its contacts (who may report faults, at
 * which communication level), contracts and SLA terms, and maintained machines; staff with master-data
 * rights add and change contacts here.
 */
@Named
@ViewScoped
public class CustomerDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> CONTRACT_FIELDS = Map.of("code", "tabs:contract:code", "signedOn", "tabs:contract:signedOn");
    private static final Map<String, String> CONTACT_FIELDS = Map.of("name", "tabs:contact:name", "email", "tabs:contact:email",
            "fax", "tabs:contact:fax", "phone", "tabs:contact:phone", "capacity", "tabs:contact:capacity", "unit", "tabs:contact:unit");

    @Inject
    private CustomerQueries customers;

    @Inject
    private CustomerRegistryService registry;

    @Inject
    private EquipmentQueries equipmentQueries;

    @Inject
    private EquipmentRegistryService equipmentRegistry;

    private String code;
    private CustomerView customer;
    private List<ContractView> contracts;
    private final java.util.Map<String, List<CommunicationLevelView>> levels = new java.util.HashMap<>();
    private final java.util.Map<String, List<ReportView>> reports = new java.util.HashMap<>();

    @Inject
    private ReportQueries reportQueries;
    private List<EquipmentView> equipment;

    private final ContractForm contract = new ContractForm();
    private final MachineForm machine = new MachineForm();
    private Long contact;
    private String name;
    private String email;
    private String fax;
    private String phone;
    private String capacity;
    private String unit;
    private boolean authorised = true;
    private CommunicationLevel level = CommunicationLevel.I;

    private String customerName;
    private String language;

    private transient UploadedFile upload;
    private String importKind = "contacts";

    public void load() throws IOException {
        try {
            customer = customers.view(code);
            contracts = customers.contracts(code);
            equipment = equipmentQueries.ofCustomer(code);
            if (!FacesContext.getCurrentInstance().isPostback()) {
                customerName = customer.name();
                language = customer.language();
            }
            if (contact != null && !FacesContext.getCurrentInstance().isPostback()) {
                ContactView k = customer.contacts().stream().filter(c -> c.id().equals(contact)).findFirst()
                        .orElseThrow(() -> BusinessException.notFound("contact_not_found", contact));
                name = k.name();
                email = k.email();
                fax = k.fax();
                phone = k.phone();
                capacity = k.capacity();
                unit = k.unit();
                authorised = k.authorised();
                level = k.level();
            }
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.code());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Saves the customer's name and the language of its mails. */
    public String reviseCustomer() {
        try {
            registry.revise(code, customerName, language);
            FacesFeedback.done("customers.revised", code);
            return "/customers/detail?faces-redirect=true&code=" + code;
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("name", "tabs:profile:customerName", "language", "tabs:profile:language"));
            return null;
        }
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** Adds a contact, or saves the changes to the one chosen for editing ({@code ?contact=id}). */
    public String saveContact() {
        try {
            ContactDetails details = new ContactDetails(name, email, fax, phone, capacity, unit, authorised, level);
            if (contact == null) {
                registry.addContact(code, details);
                FacesFeedback.done("customers.contactAdded", name);
            } else {
                registry.reviseContact(code, contact, details);
                FacesFeedback.done("customers.contactRevised", name);
            }
            return "/customers/detail?faces-redirect=true&code=" + code;
        } catch (BusinessException e) {
            FacesFeedback.refused(e, CONTACT_FIELDS);
            return null;
        }
    }

    /** Registers the contract typed in the contracts tab, with the terms of the severities it covers. */
    public String registerContract() {
        try {
            ContractView registered = registry.registerContract(code, contract.toCommand());
            FacesFeedback.done("contract.registered", registered.code());
            return "/customers/detail?faces-redirect=true&code=" + code;
        } catch (BusinessException e) {
            FacesFeedback.refused(e, CONTRACT_FIELDS);
            return null;
        }
    }

    /** Registers the machine typed in the equipment tab. */
    public String registerMachine() {
        try {
            EquipmentView registered = equipmentRegistry.register(code, machine.toRegistration());
            FacesFeedback.done("equipment.registered", registered.serial());
            return "/customers/detail?faces-redirect=true&code=" + code;
        } catch (BusinessException e) {
            FacesFeedback.refused(e, MachineForm.fields("tabs:machine"));
            return null;
        }
    }

    public MachineForm getMachine() {
        return machine;
    }

    public ContractForm getContract() {
        return contract;
    }

    /** Imports the uploaded CSV file of contacts or machines; a refused file is listed row by row. */
    public String importFile() {
        if (upload == null || upload.getSize() == 0) {
            FacesFeedback.message(FacesMessage.SEVERITY_ERROR, "import.noFile");
            return null;
        }
        String csv = new String(upload.getContent(), StandardCharsets.UTF_8);
        try {
            int count = "equipment".equals(importKind) ? equipmentRegistry.importEquipment(code, csv).size()
                    : registry.importContacts(code, csv).size();
            FacesFeedback.done("import.done", count);
            return "/customers/detail?faces-redirect=true&code=" + code;
        } catch (ImportRefused refused) {
            refused.problems().forEach(p -> FacesFeedback.refusedAtLine(p.line(), p.refusal()));
            return null;
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of());
            return null;
        }
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public String getImportKind() {
        return importKind;
    }

    public void setImportKind(String importKind) {
        this.importKind = importKind;
    }

    public CommunicationLevel[] getLevels() {
        return CommunicationLevel.values();
    }

    public Long getContact() {
        return contact;
    }

    public void setContact(Long contact) {
        this.contact = contact;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public List<ContractView> getContracts() {
        return contracts;
    }

    /** The contract's quarterly reports produced so far, every version, newest first. */
    public List<ReportView> reportsOf(String contractCode) {
        return reports.computeIfAbsent(contractCode, reportQueries::reports);
    }

    /** Who talks to whom at each communication level of the contract. */
    public List<CommunicationLevelView> levelsOf(String contractCode) {
        return levels.computeIfAbsent(contractCode, customers::communicationLevels);
    }

    public List<EquipmentView> getEquipment() {
        return equipment;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFax() {
        return fax;
    }

    public void setFax(String fax) {
        this.fax = fax;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public boolean isAuthorised() {
        return authorised;
    }

    public void setAuthorised(boolean authorised) {
        this.authorised = authorised;
    }

    public CommunicationLevel getLevel() {
        return level;
    }

    public void setLevel(CommunicationLevel level) {
        this.level = level;
    }
}
