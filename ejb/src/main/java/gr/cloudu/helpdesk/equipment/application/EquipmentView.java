package gr.cloudu.helpdesk.equipment.application;

import java.util.List;

/** A machine's identity and composition, where it stands and under which contract. */
public record EquipmentView(String serial, String customer, String contract, String site, String vendor, String model,
                            String softwareRelease, List<ModuleView> modules) {
}
