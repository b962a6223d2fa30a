package gr.cloudu.helpdesk.equipment.application;

import java.util.List;

/**
 * A machine as it is after a change of its configuration, with why it changed and, when a fault report was the
 * occasion, its filing number.
 */
public record ChangeEquipment(String vendor, String model, String softwareRelease, String site, String contract,
                              List<ModuleView> modules, String reason, String filingNumber) {
}
