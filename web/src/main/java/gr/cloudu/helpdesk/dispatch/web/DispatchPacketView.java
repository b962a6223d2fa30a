package gr.cloudu.helpdesk.dispatch.web;

import gr.cloudu.helpdesk.dispatch.application.DispatchPacket;
import gr.cloudu.helpdesk.dispatch.application.DispatchQueries;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/** {@code dispatch/packet.xhtml?n=CU-...}: the dispatch packet of a fault, with its PDF. */
@Named
@ViewScoped
public class DispatchPacketView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DispatchQueries queries;

    private String filingNumber;
    private DispatchPacket packet;

    /** Loads the packet; a fault outside the user's reach is a 404. */
    public void load() throws IOException {
        try {
            packet = queries.packet(filingNumber);
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.code());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public DispatchPacket getPacket() {
        return packet;
    }

    public String getFilingNumber() {
        return filingNumber;
    }

    public void setFilingNumber(String filingNumber) {
        this.filingNumber = filingNumber;
    }
}
