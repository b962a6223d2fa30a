package gr.cloudu.helpdesk.equipment.web;

import gr.cloudu.helpdesk.equipment.application.ChangeEquipment;
import gr.cloudu.helpdesk.equipment.application.EquipmentView;
import gr.cloudu.helpdesk.equipment.application.ModuleView;
import gr.cloudu.helpdesk.equipment.application.RegisterEquipment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A machine as typed on a page: to register it on its customer's page, or to change its configuration on its own page.
 * Its composition is a list of rows, one per module; rows left without a slot are ignored.
 */
public class MachineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where a refusal naming a field is shown, given the form's client id. */
    public static Map<String, String> fields(String form) {
        return Map.of("serial", form + ":serial", "vendor", form + ":vendor", "model", form + ":model",
                "softwareRelease", form + ":softwareRelease", "site", form + ":site", "contract", form + ":contract",
                "reason", form + ":reason", "filingNumber", form + ":filingNumber");
    }

    private String serial;
    private String vendor;
    private String model;
    private String softwareRelease;
    private String site;
    private String contract;
    private String reason;
    private String filingNumber;
    private final List<ModuleRow> modules = new ArrayList<>();

    public MachineForm() {
        modules.add(new ModuleRow());
    }

    /** The form filled with the machine as it is, to be changed. */
    public static MachineForm of(EquipmentView machine) {
        MachineForm form = new MachineForm();
        form.serial = machine.serial();
        form.vendor = machine.vendor();
        form.model = machine.model();
        form.softwareRelease = machine.softwareRelease();
        form.site = machine.site();
        form.contract = machine.contract();
        form.modules.clear();
        machine.modules().forEach(m -> form.modules.add(new ModuleRow(m)));
        return form;
    }

    public RegisterEquipment toRegistration() {
        return new RegisterEquipment(serial, vendor, model, softwareRelease, site, contract, typedModules());
    }

    public ChangeEquipment toChange() {
        return new ChangeEquipment(vendor, model, softwareRelease, site, contract, typedModules(), reason, filingNumber);
    }

    private List<ModuleView> typedModules() {
        return modules.stream().filter(ModuleRow::given).map(ModuleRow::toModule).toList();
    }

    public void addModule() {
        modules.add(new ModuleRow());
    }

    public void removeModule(ModuleRow row) {
        modules.remove(row);
    }

    public List<ModuleRow> getModules() {
        return modules;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public String getVendor() {
        return vendor;
    }

    public void setVendor(String vendor) {
        this.vendor = vendor;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getSoftwareRelease() {
        return softwareRelease;
    }

    public void setSoftwareRelease(String softwareRelease) {
        this.softwareRelease = softwareRelease;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public String getContract() {
        return contract;
    }

    public void setContract(String contract) {
        this.contract = contract;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getFilingNumber() {
        return filingNumber;
    }

    public void setFilingNumber(String filingNumber) {
        this.filingNumber = filingNumber;
    }

    /** One module of the machine. */
    public static class ModuleRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String slot;
        private String partNumber;
        private String serial;
        private String description;

        ModuleRow() {
        }

        ModuleRow(ModuleView module) {
            slot = module.slot();
            partNumber = module.partNumber();
            serial = module.serial();
            description = module.description();
        }

        boolean given() {
            return slot != null && !slot.isBlank() || partNumber != null && !partNumber.isBlank();
        }

        ModuleView toModule() {
            return new ModuleView(slot, partNumber, serial, description);
        }

        public String getSlot() {
            return slot;
        }

        public void setSlot(String slot) {
            this.slot = slot;
        }

        public String getPartNumber() {
            return partNumber;
        }

        public void setPartNumber(String partNumber) {
            this.partNumber = partNumber;
        }

        public String getSerial() {
            return serial;
        }

        public void setSerial(String serial) {
            this.serial = serial;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }
}
