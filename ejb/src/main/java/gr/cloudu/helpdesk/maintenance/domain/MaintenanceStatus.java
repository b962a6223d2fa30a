package gr.cloudu.helpdesk.maintenance.domain;

/**
 * Where a maintenance visit stands: produced by its plan, given a date and an engineer, carried out; or cancelled
 * because its plan ended before anybody scheduled it.
 */
public enum MaintenanceStatus { PLANNED, SCHEDULED, DONE, CANCELLED }
