package gr.cloudu.helpdesk.customer.domain;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An organisation whose PBXs the company maintains under contract. Registered once by an administrator
 * with a permanent code; its people are {@link Contact}s, of whom only the authorised ones may report
 * faults.
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(nullable = false, length = 5)
    private String language = "el";

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Contact> contacts = new ArrayList<>();

    @Version
    private long version;

    protected Customer() {
    }

    public Customer(String code, String name, Instant registeredAt) {
        this.code = Require.code("code", code);
        this.name = Require.text("name", name, 200);
        this.registeredAt = registeredAt;
    }

    /** The customer's name as it is now (a ministry renamed, a company merged); its code never changes. */
    public void rename(String newName) {
        this.name = Require.text("name", newName, 200);
    }

    /** The language of the mails the customer's people receive: Greek ({@code el}) or English ({@code en}). */
    public void speaks(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return;
        }
        String tag = languageTag.strip().toLowerCase(java.util.Locale.ROOT);
        if (!tag.equals("el") && !tag.equals("en")) {
            throw BusinessException.invalid("language", "unsupported_language", languageTag);
        }
        language = tag;
    }

    public String language() {
        return language;
    }

    /** Adds a person of the customer; e-mail addresses are unique within one customer. */
    public Contact addContact(ContactDetails details) {
        if (details.email() != null && contactByEmail(details.email()).isPresent()) {
            throw BusinessException.conflict("duplicate_contact_email", details.email());
        }
        Contact contact = new Contact(this, details);
        contacts.add(contact);
        return contact;
    }

    /**
     * Changes what we know of one of the customer's people: a new address, another unit, authorisation given or
     * withdrawn. Faults they reported keep the capacity and unit they had then.
     */
    public Contact reviseContact(Long contactId, ContactDetails details) {
        Contact contact = contacts.stream().filter(c -> c.id().equals(contactId)).findFirst()
                .orElseThrow(() -> BusinessException.notFound("contact_not_found", contactId));
        if (details.email() != null && contactByEmail(details.email()).filter(other -> other != contact).isPresent()) {
            throw BusinessException.conflict("duplicate_contact_email", details.email());
        }
        contact.revise(details);
        return contact;
    }

    public Optional<Contact> contactByEmail(String email) {
        return contacts.stream().filter(c -> c.email() != null && c.email().equalsIgnoreCase(email)).findFirst();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public List<Contact> contacts() {
        return Collections.unmodifiableList(contacts);
    }
}
