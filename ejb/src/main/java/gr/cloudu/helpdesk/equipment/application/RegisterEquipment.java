package gr.cloudu.helpdesk.equipment.application;

import java.util.List;

/** The request to register a maintained PBX of a customer. */
public record RegisterEquipment(String serial, String vendor, String model, String softwareRelease, String site,
                                String contract, List<ModuleView> modules) {
}
