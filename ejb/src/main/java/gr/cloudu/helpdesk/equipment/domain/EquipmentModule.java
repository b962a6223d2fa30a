package gr.cloudu.helpdesk.equipment.domain;

import gr.cloudu.helpdesk.shared.domain.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** One card, module or licence of a PBX, in its slot. */
@Embeddable
public class EquipmentModule {

    @Column(name = "slot", nullable = false)
    private String slot;

    @Column(name = "part_number", nullable = false)
    private String partNumber;

    @Column(name = "serial")
    private String serial;

    @Column(name = "description")
    private String description;

    protected EquipmentModule() {
    }

    public EquipmentModule(String slot, String partNumber, String serial, String description) {
        this.slot = Require.text("modules.slot", slot, 40);
        this.partNumber = Require.text("modules.partNumber", partNumber, 80);
        this.serial = Require.optionalText("modules.serial", serial, 80);
        this.description = Require.optionalText("modules.description", description, 300);
    }

    public String slot() {
        return slot;
    }

    public String partNumber() {
        return partNumber;
    }

    public String serial() {
        return serial;
    }

    public String description() {
        return description;
    }

    /** Whether this is the same module as {@code other}, down to its serial and description. */
    public boolean sameAs(EquipmentModule other) {
        return Objects.equals(slot, other.slot) && Objects.equals(partNumber, other.partNumber) && Objects.equals(serial, other.serial)
                && Objects.equals(description, other.description);
    }

    /** The module as the machine's history names it, without its slot. */
    public String describe() {
        return "partNumber=" + partNumber + "; serial=" + (serial == null ? "" : serial)
                + (description == null ? "" : "; description=" + description);
    }
}
