package gr.cloudu.helpdesk.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A person of a customer. Their capacity (what kind of user they are) and unit are copied onto every
 * fault report they make, so that the filing shows them as they were at that moment.
 */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(nullable = false)
    private String name;

    private String email;
    private String fax;
    private String phone;
    private String capacity;
    private String unit;

    @Column(nullable = false)
    private boolean authorised;

    @Enumerated(EnumType.STRING)
    @Column(name = "communication_level", nullable = false)
    private CommunicationLevel level;

    protected Contact() {
    }

    Contact(Customer customer, ContactDetails details) {
        this.customer = customer;
        revise(details);
    }

    void revise(ContactDetails details) {
        this.name = details.name();
        this.email = details.email();
        this.fax = details.fax();
        this.phone = details.phone();
        this.capacity = details.capacity();
        this.unit = details.unit();
        this.authorised = details.authorised();
        this.level = details.level();
    }

    public Long id() {
        return id;
    }

    public Customer customer() {
        return customer;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String fax() {
        return fax;
    }

    public String phone() {
        return phone;
    }

    public String capacity() {
        return capacity;
    }

    public String unit() {
        return unit;
    }

    public boolean authorised() {
        return authorised;
    }

    public CommunicationLevel level() {
        return level;
    }
}
