package gr.cloudu.helpdesk.dispatch.domain;

import gr.cloudu.helpdesk.shared.domain.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A part used on the visit: fitted in a slot, with the serials of the part removed and the one fitted. */
@Embeddable
public class FittedPart {

    @Column(nullable = false)
    private String slot;

    @Column(name = "part_number", nullable = false)
    private String partNumber;

    @Column(name = "removed_serial")
    private String removedSerial;

    @Column(name = "fitted_serial", nullable = false)
    private String fittedSerial;

    protected FittedPart() {
    }

    public FittedPart(String slot, String partNumber, String removedSerial, String fittedSerial) {
        this.slot = Require.text("parts.slot", slot, 40);
        this.partNumber = Require.text("parts.partNumber", partNumber, 80);
        this.removedSerial = Require.optionalText("parts.removedSerial", removedSerial, 80);
        this.fittedSerial = Require.text("parts.fittedSerial", fittedSerial, 80);
    }

    public String slot() {
        return slot;
    }

    public String partNumber() {
        return partNumber;
    }

    public String removedSerial() {
        return removedSerial;
    }

    public String fittedSerial() {
        return fittedSerial;
    }

    @Override
    public String toString() {
        return partNumber + " @" + slot + " " + (removedSerial == null ? "-" : removedSerial) + "->" + fittedSerial;
    }
}
