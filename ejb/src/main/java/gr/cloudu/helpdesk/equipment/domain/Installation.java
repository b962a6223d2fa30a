package gr.cloudu.helpdesk.equipment.domain;

import gr.cloudu.helpdesk.shared.domain.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A place of a customer where maintained equipment stands (a building, a branch), by its name or address. */
@Entity
@Table(name = "installation")
public class Installation {

    @Id
    @SequenceGenerator(name = "installation_seq", sequenceName = "installation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "installation_seq")
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(nullable = false)
    private String name;

    protected Installation() {
    }

    public Installation(Long customerId, String name) {
        this.customerId = customerId;
        this.name = Require.text("site", name, 300);
    }

    public Long id() {
        return id;
    }

    public Long customerId() {
        return customerId;
    }

    public String name() {
        return name;
    }
}
