package gr.cloudu.helpdesk.customer.domain;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import gr.cloudu.helpdesk.shared.domain.Severity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A maintenance contract with a customer. Signed on a date from which its quarters are counted (for the
 * Guaranteed Services report), it holds the SLA terms of article 2: one {@link SlaTerm} per severity.
 */
@Entity
@Table(name = "contract")
public class Contract {

    @Id
    @SequenceGenerator(name = "contract_seq", sequenceName = "contract_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_term", joinColumns = @JoinColumn(name = "contract_id"))
    private List<SlaTerm> terms = new ArrayList<>();

    @Version
    private long version;

    protected Contract() {
    }

    public Contract(String code, Long customerId, LocalDate signedOn, List<SlaTerm> terms, Instant registeredAt) {
        this.code = Require.code("code", code);
        this.customerId = customerId;
        if (signedOn == null) {
            throw BusinessException.invalid("signedOn", "required", "signedOn");
        }
        this.signedOn = signedOn;
        if (terms == null || terms.isEmpty()) {
            throw BusinessException.invalid("terms", "required", "terms");
        }
        Set<Severity> seen = EnumSet.noneOf(Severity.class);
        for (SlaTerm term : terms) {
            if (!seen.add(term.severity())) {
                throw BusinessException.invalid("terms", "duplicate_term", term.severity());
            }
        }
        this.terms = new ArrayList<>(terms);
        this.registeredAt = registeredAt;
    }

    /** The terms for a severity; a contract may leave a severity without promises. */
    public Optional<SlaTerm> termFor(Severity severity) {
        return terms.stream().filter(t -> t.severity() == severity).findFirst();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Long customerId() {
        return customerId;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public List<SlaTerm> terms() {
        List<SlaTerm> sorted = new ArrayList<>(terms);
        sorted.sort(java.util.Comparator.comparing(SlaTerm::severity));
        return Collections.unmodifiableList(sorted);
    }
}
