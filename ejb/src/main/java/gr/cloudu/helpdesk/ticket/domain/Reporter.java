package gr.cloudu.helpdesk.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who reported the fault and in what capacity, copied from the authorised contact at the moment of the
 * report: later changes to the contact do not rewrite the filing.
 */
@Embeddable
public class Reporter {

    @Column(name = "reporter_name", nullable = false)
    private String name;

    @Column(name = "reporter_email")
    private String email;

    @Column(name = "reporter_capacity")
    private String capacity;

    @Column(name = "reporter_unit")
    private String unit;

    protected Reporter() {
    }

    public Reporter(String name, String email, String capacity, String unit) {
        this.name = name;
        this.email = email;
        this.capacity = capacity;
        this.unit = unit;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String capacity() {
        return capacity;
    }

    public String unit() {
        return unit;
    }
}
