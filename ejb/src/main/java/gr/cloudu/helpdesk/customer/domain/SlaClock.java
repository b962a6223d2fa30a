package gr.cloudu.helpdesk.customer.domain;

/** Which clock a contract term's hours run on. */
public enum SlaClock {
    /** The company's business calendar: 7 working hours a day, Monday to Friday, public holidays off. */
    BUSINESS,
    /** Around the clock, every day (24x7), e.g. for critical faults. */
    ALWAYS
}
