package gr.cloudu.helpdesk.dispatch.web;

import gr.cloudu.helpdesk.dispatch.application.RequestVisit;
import gr.cloudu.helpdesk.dispatch.application.VisitView;

import java.io.Serializable;
import java.util.List;

/** A spare part for a visit as typed in: by the engineer asking for the visit, or by the supervisor routing it. */
public class PartRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private String partNumber;
    private Integer quantity = 1;
    private String reason;
    private String slot;

    public static PartRow of(VisitView.PartView part) {
        PartRow row = new PartRow();
        row.partNumber = part.partNumber();
        row.quantity = part.quantity();
        row.reason = part.reason();
        row.slot = part.slot();
        return row;
    }

    /** The rows with a part number, as the service takes them (empty rows are left out). */
    public static List<RequestVisit.Part> parts(List<PartRow> rows) {
        return rows.stream().filter(p -> p.partNumber != null && !p.partNumber.isBlank())
                .map(p -> new RequestVisit.Part(p.partNumber, p.quantity, p.reason, p.slot)).toList();
    }

    public String getPartNumber() {
        return partNumber;
    }

    public void setPartNumber(String partNumber) {
        this.partNumber = partNumber;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getSlot() {
        return slot;
    }

    public void setSlot(String slot) {
        this.slot = slot;
    }
}
