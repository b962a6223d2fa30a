package gr.cloudu.helpdesk.equipment.application;

/** A part an engineer fitted in a slot of a machine, with the serial of the one taken out (if any). */
public record PartFitted(String slot, String partNumber, String removedSerial, String fittedSerial) {
}
