package gr.cloudu.helpdesk.equipment.application;

import gr.cloudu.helpdesk.customer.domain.Contract;
import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.equipment.domain.Equipment;
import gr.cloudu.helpdesk.equipment.domain.EquipmentChange;
import gr.cloudu.helpdesk.equipment.domain.Installation;
import gr.cloudu.helpdesk.security.application.CallerScopes;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads of the PBX inventory, within the caller's scope: another customer's machine does not exist. */
@Stateless
@RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER", "CUSTOMER", "API"})
public class EquipmentQueries {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes callers;

    @PermitAll
    public Optional<Equipment> find(String serial) {
        return bySerial(serial).getResultStream().findFirst();
    }

    /**
     * The machine, for a filing: filing never writes machines, so the lookup need not flush the filing's pending
     * writes first (the intake files 50 mails in one transaction, and a flush per lookup undid that batching).
     */
    @PermitAll
    public Optional<Equipment> findForFiling(String serial) {
        return bySerial(serial).setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst();
    }

    private TypedQuery<Equipment> bySerial(String serial) {
        return em.createQuery("SELECT e FROM Equipment e WHERE e.serial = :serial", Equipment.class)
                .setParameter("serial", serial == null ? "" : serial.strip());
    }

    /** The serials of a customer's machines, for a filing (the intake reads them to tell which machine a mail means). */
    @PermitAll
    public List<String> serialsForFiling(Long customerId) {
        return em.createQuery("SELECT e.serial FROM Equipment e WHERE e.customerId = :c ORDER BY e.serial", String.class)
                .setParameter("c", customerId)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }

    /** Whether the machine with this serial is registered for that customer. */
    @PermitAll
    public boolean ownedBy(Long customerId, String serial) {
        return find(serial).map(e -> e.customerId().equals(customerId)).orElse(false);
    }

    public EquipmentView view(String serial) {
        return view(visible(serial));
    }

    /** The machine's history, newest first: faults reported against it and changes made to it. */
    public List<HistoryEntry> history(String serial) {
        return historyOf(visible(serial));
    }

    /** The newest {@code limit} entries of the machine's history (beside a fault, the recent past). */
    public List<HistoryEntry> history(String serial, int limit) {
        return historyOf(visible(serial), limit);
    }

    /** The history of a machine already in hand, whose reader the caller has checked. */
    @PermitAll
    public List<HistoryEntry> historyOf(Equipment machine) {
        return historyOf(machine, Integer.MAX_VALUE);
    }

    /** The newest {@code limit} entries of a machine's history (a dispatch packet carries the recent past). */
    @PermitAll
    public List<HistoryEntry> historyOf(Equipment machine, int limit) {
        List<HistoryEntry> entries = new ArrayList<>();
        em.createQuery("SELECT t.reportedAt, t.filingNumber.value, t.subject, t.status FROM Ticket t"
                        + " WHERE t.equipmentSerial = :serial AND t.customerId = :customer ORDER BY t.reportedAt DESC", Object[].class)
                .setParameter("serial", machine.serial())
                .setParameter("customer", machine.customerId())
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new HistoryEntry((Instant) row[0], "FAULT", (String) row[1], (String) row[2], String.valueOf(row[3])))
                .forEach(entries::add);
        em.createQuery("SELECT c FROM EquipmentChange c WHERE c.equipmentId = :id ORDER BY c.at DESC", EquipmentChange.class)
                .setParameter("id", machine.id())
                .setMaxResults(limit)
                .getResultStream()
                .map(c -> new HistoryEntry(c.at(), c.kind().name(), c.reference(), c.detail(), null))
                .forEach(entries::add);
        entries.sort(Comparator.comparing(HistoryEntry::at, Comparator.reverseOrder()));
        return entries.size() > limit ? List.copyOf(entries.subList(0, limit)) : entries;
    }

    /**
     * The part numbers known for a model: those fitted in any machine of it that we maintain. A requested
     * part outside them is worth a second look, not a refusal (catalogues change).
     */
    public java.util.Set<String> knownPartNumbers(String model) {
        return new java.util.HashSet<>(em.createNativeQuery("SELECT DISTINCT UPPER(m.part_number) FROM equipment_module m"
                        + " JOIN equipment e ON e.id = m.equipment_id WHERE e.model = ?")
                .setParameter(1, model)
                .getResultList().stream().map(String::valueOf).toList());
    }

    /** The customer's machines, by serial. */
    public List<EquipmentView> ofCustomer(String customerCode) {
        if (!callers.current().sees(customerCode)) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM Equipment e, Customer c WHERE c.id = e.customerId AND c.code = :code"
                        + " ORDER BY e.serial", Equipment.class)
                .setParameter("code", customerCode)
                .getResultStream().map(this::view).toList();
    }

    /** The view of a machine already in hand (just registered, or listed), whose reader the caller has checked. */
    @PermitAll
    public EquipmentView view(Equipment e) {
        Customer customer = em.find(Customer.class, e.customerId());
        Contract contract = e.contractId() == null ? null : em.find(Contract.class, e.contractId());
        Installation site = em.find(Installation.class, e.installationId());
        return new EquipmentView(e.serial(), customer.code(), contract == null ? null : contract.code(), site.name(),
                e.vendor(), e.model(), e.softwareRelease(), e.modules().stream().map(ModuleView::of).toList());
    }

    private Equipment visible(String serial) {
        Equipment machine = find(serial).orElseThrow(() -> BusinessException.notFound("equipment_not_found", serial));
        Customer owner = em.find(Customer.class, machine.customerId());
        if (!callers.current().sees(owner.code())) {
            throw BusinessException.notFound("equipment_not_found", serial);
        }
        return machine;
    }
}
