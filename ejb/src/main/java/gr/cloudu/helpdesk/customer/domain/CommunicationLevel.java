package gr.cloudu.helpdesk.customer.domain;

/**
 * The contract's communication levels. Level I is the day-to-day flow between the customer's technical
 * staff and the help desk; Level II is the customer's Telecommunications Services Manager, who receives
 * the quarterly reports and agrees preventive maintenance.
 */
public enum CommunicationLevel { I, II }
