package gr.cloudu.helpdesk.equipment.web;

import gr.cloudu.helpdesk.equipment.application.EquipmentQueries;
import gr.cloudu.helpdesk.equipment.application.EquipmentView;
import gr.cloudu.helpdesk.equipment.application.HistoryEntry;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** {@code equipment/detail.xhtml?serial=...}: a PBX's identity, composition and history, newest first. */
@Named
@ViewScoped
public class EquipmentDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EquipmentQueries equipment;

    private String serial;
    private EquipmentView machine;
    private List<HistoryEntry> history;

    public void load() throws IOException {
        try {
            machine = equipment.view(serial);
            history = equipment.history(serial);
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.code());
            FacesContext.getCurrentInstance().responseComplete();
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
}
