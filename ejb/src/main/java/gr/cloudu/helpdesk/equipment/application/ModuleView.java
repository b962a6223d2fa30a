package gr.cloudu.helpdesk.equipment.application;

import gr.cloudu.helpdesk.equipment.domain.EquipmentModule;

/** A module of a machine, as given and as shown. */
public record ModuleView(String slot, String partNumber, String serial, String description) {

    static ModuleView of(EquipmentModule m) {
        return new ModuleView(m.slot(), m.partNumber(), m.serial(), m.description());
    }

    EquipmentModule toModule() {
        return new EquipmentModule(slot, partNumber, serial, description);
    }
}
