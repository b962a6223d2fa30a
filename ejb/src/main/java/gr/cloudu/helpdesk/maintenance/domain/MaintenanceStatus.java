package gr.cloudu.helpdesk.maintenance.domain;

/** Where a maintenance visit stands: produced by its plan, given a date and an engineer, carried out. */
public enum MaintenanceStatus { PLANNED, SCHEDULED, DONE }
