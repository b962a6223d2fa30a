package gr.cloudu.helpdesk.equipment.web;

import gr.cloudu.helpdesk.customer.application.ContractView;
import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.equipment.application.EquipmentQueries;
import gr.cloudu.helpdesk.equipment.application.EquipmentRegistryService;
import gr.cloudu.helpdesk.equipment.application.EquipmentView;
import gr.cloudu.helpdesk.equipment.application.HistoryEntry;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.web.CurrentUser;
import gr.cloudu.helpdesk.shared.web.FacesFeedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * {@code equipment/detail.xhtml?serial=...}: a PBX's identity, composition and history, newest first; staff with
 * master-data rights change its configuration here.
 */
@Named
@ViewScoped
public class EquipmentDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EquipmentQueries equipment;

    @Inject
    private EquipmentRegistryService registry;

    @Inject
    private CustomerQueries customers;

    @Inject
    private CurrentUser user;

    private String serial;
    private EquipmentView machine;
    private List<HistoryEntry> history;
    private List<ContractView> contracts = List.of();
    private MachineForm form;

    public void load() throws IOException {
        try {
            machine = equipment.view(serial);
            history = equipment.history(serial);
            if (user.isMayEditMasterData()) {
                contracts = customers.contracts(machine.customer());
                if (form == null) {
                    form = MachineForm.of(machine);
                }
            }
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.code());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Records the configuration typed in the form; the history shows what changed and why. */
    public String change() {
        try {
            registry.change(serial, form.toChange());
            FacesFeedback.done("equipment.changed", serial);
            return "/equipment/detail?faces-redirect=true&serial=" + serial;
        } catch (BusinessException e) {
            FacesFeedback.refused(e, MachineForm.fields("configuration"));
            return null;
        }
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public EquipmentView getMachine() {
        return machine;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public List<ContractView> getContracts() {
        return contracts;
    }

    public MachineForm getForm() {
        return form;
    }
}
