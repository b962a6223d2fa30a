package gr.cloudu.helpdesk.ticket.domain;

/** How a fault report reached the help desk. */
public enum Channel {
    EMAIL, FAX, PHONE, WEB, API;

    /** Phone calls and paper faxes are recorded by help-desk staff on the customer's behalf. */
    public boolean recordedByStaff() {
        return this == PHONE || this == FAX;
    }
}
