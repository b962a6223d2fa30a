package gr.cloudu.helpdesk.dispatch.domain;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A spare part the engineer asks to take on the visit: part number, how many, why, and for which module (slot)
 * of the machine. {@code knownToModel} is false when no machine of that model we maintain carries the part:
 * a warning for the approvers, not a refusal.
 */
@Embeddable
public class RequestedPart {

    @Column(name = "part_number", nullable = false)
    private String partNumber;

    @Column(nullable = false)
    private int quantity;

    @Column(length = 1000)
    private String reason;

    @Column(length = 40)
    private String slot;

    @Column(name = "known_to_model", nullable = false)
    private boolean knownToModel;

    protected RequestedPart() {
    }

    public RequestedPart(String partNumber, int quantity, String reason, String slot, boolean knownToModel) {
        this.partNumber = Require.text("parts.partNumber", partNumber, 80);
        if (quantity < 1 || quantity > 999) {
            throw BusinessException.invalid("parts.quantity", "quantity_range", quantity);
        }
        this.quantity = quantity;
        this.reason = Require.text("parts.reason", reason, 1000);
        this.slot = Require.optionalText("parts.slot", slot, 40);
        this.knownToModel = knownToModel;
    }

    public String partNumber() {
        return partNumber;
    }

    public int quantity() {
        return quantity;
    }

    public String reason() {
        return reason;
    }

    public String slot() {
        return slot;
    }

    public boolean knownToModel() {
        return knownToModel;
    }

    /** The same part asked for in the same way (number, quantity, reason, slot). */
    public boolean sameAs(RequestedPart other) {
        return partNumber.equals(other.partNumber) && quantity == other.quantity && java.util.Objects.equals(reason, other.reason)
                && java.util.Objects.equals(slot, other.slot);
    }

    @Override
    public String toString() {
        return quantity + "x " + partNumber + (slot == null ? "" : " @" + slot) + (knownToModel ? "" : " (unknown to the model)");
    }
}
