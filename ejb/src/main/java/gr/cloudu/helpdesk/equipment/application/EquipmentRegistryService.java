package gr.cloudu.helpdesk.equipment.application;

import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.customer.domain.Contract;
import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.equipment.domain.Equipment;
import gr.cloudu.helpdesk.equipment.domain.EquipmentChange;
import gr.cloudu.helpdesk.equipment.domain.Installation;
import gr.cloudu.helpdesk.shared.application.CsvTable;
import gr.cloudu.helpdesk.shared.application.ImportProblem;
import gr.cloudu.helpdesk.shared.application.ImportRefused;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import gr.cloudu.helpdesk.ticket.domain.FilingNumber;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Registers the PBXs a customer has under maintenance (administrators and the technical support manager). */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER"})
public class EquipmentRegistryService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CustomerQueries customers;

    @Inject
    private EquipmentQueries equipment;

    @Resource
    private SessionContext context;

    public EquipmentView register(String customerCode, RegisterEquipment command) {
        Customer customer = customers.require(customerCode);
        String serial = Require.text("serial", command.serial(), 80);
        if (equipment.find(serial).isPresent()) {
            throw BusinessException.conflict("duplicate_equipment", serial);
        }
        Long contractId = contractOf(customer, command.contract()).map(Contract::id).orElse(null);
        Installation site = installation(customer.id(), Require.text("site", command.site(), 300));
        Equipment machine = new Equipment(serial, customer.id(), contractId, site.id(), command.vendor(), command.model(),
                command.softwareRelease(), command.modules() == null ? List.of()
                : command.modules().stream().map(ModuleView::toModule).toList());
        em.persist(machine);
        em.flush();
        em.persist(new EquipmentChange(machine.id(), clock.instant(), EquipmentChange.Kind.REGISTERED,
                context.getCallerPrincipal().getName(), machine.vendor() + " " + machine.model() + ", "
                + machine.modules().size() + " modules, software " + (machine.softwareRelease() == null ? "-" : machine.softwareRelease())));
        return equipment.view(machine);
    }

    /**
     * Records a change of a machine's configuration (identity, composition, site or contract) and enters it in the
     * machine's history with its reason; a change that changes nothing enters nothing.
     */
    public EquipmentView change(String serial, ChangeEquipment command) {
        Equipment machine = equipment.find(serial).orElseThrow(() -> BusinessException.notFound("equipment_not_found", serial));
        em.refresh(machine, LockModeType.PESSIMISTIC_WRITE);
        Customer customer = em.find(Customer.class, machine.customerId());
        String why = Require.text("reason", command.reason(), 1000);
        String occasion = occasion(command.filingNumber(), customer);
        Optional<Contract> contract = contractOf(customer, command.contract());
        Installation site = installation(customer.id(), Require.text("site", command.site(), 300));
        EquipmentView before = equipment.view(machine);
        List<String> differences = new ArrayList<>(machine.reconfigure(command.vendor(), command.model(), command.softwareRelease(),
                command.modules() == null ? List.of() : command.modules().stream().map(ModuleView::toModule).toList()));
        String contractNow = contract.map(Contract::code).orElse(null);
        if (!Objects.equals(before.contract(), contractNow)) {
            // A plan services the machine under its contract, and that contract's reports count its visits.
            em.createQuery("SELECT p.contractCode FROM MaintenancePlan p WHERE p.equipmentSerial = :s AND p.active = TRUE", String.class)
                    .setParameter("s", machine.serial()).getResultStream()
                    .filter(planned -> !planned.equals(contractNow)).findFirst()
                    .ifPresent(planned -> {
                        throw new BusinessException(BusinessException.Kind.CONFLICT, "machine_has_maintenance_plans", "contract",
                                machine.serial(), planned);
                    });
            differences.add("contract: " + Objects.requireNonNullElse(before.contract(), "-") + " -> "
                    + Objects.requireNonNullElse(contractNow, "-"));
        }
        if (!before.site().equals(site.name())) {
            differences.add("site: " + before.site() + " -> " + site.name());
        }
        machine.placeUnder(contract.map(Contract::id).orElse(null), site.id());
        if (!differences.isEmpty()) {
            String detail = String.join("; ", differences) + "; reason: " + why;
            em.persist(new EquipmentChange(machine.id(), clock.instant(), EquipmentChange.Kind.CONFIGURATION_CHANGED,
                    context.getCallerPrincipal().getName(), detail.length() > 20000 ? detail.substring(0, 19997) + "..." : detail, occasion));
        }
        return equipment.view(machine);
    }

    // The fault the change was made for, if one is named: one of the machine's customer's, in any case and spacing.
    private String occasion(String filingNumber, Customer customer) {
        if (filingNumber == null || filingNumber.isBlank()) {
            return null;
        }
        BusinessException unknown = BusinessException.invalid("filingNumber", "ticket_not_found", filingNumber.strip());
        String number;
        try {
            number = FilingNumber.parse(filingNumber).value();
        } catch (BusinessException e) {
            throw unknown;
        }
        if (em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.filingNumber.value = :n AND t.customerId = :c", Long.class)
                .setParameter("n", number).setParameter("c", customer.id()).getSingleResult() == 0) {
            throw unknown;
        }
        return number;
    }

    private Optional<Contract> contractOf(Customer customer, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Contract contract = customers.findContract(code)
                .orElseThrow(() -> BusinessException.invalid("contract", "contract_not_found", code));
        if (!contract.customerId().equals(customer.id())) {
            throw BusinessException.invalid("contract", "contract_of_other_customer", code);
        }
        return Optional.of(contract);
    }

    /**
     * Onboards a customer's machines from a CSV file (columns serial, vendor, model, softwareRelease, site,
     * contract, modules; modules as {@code slot|partNumber|serial|description} entries separated by
     * semicolons). All rows or none: a file with bad rows is refused whole, with every problem named.
     */
    public List<EquipmentView> importEquipment(String customerCode, String csv) {
        List<ImportProblem> problems = new ArrayList<>();
        List<EquipmentView> added = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.parse(csv, List.of("serial", "vendor", "model", "site")).rows()) {
            try {
                added.add(register(customerCode, new RegisterEquipment(row.get("serial"), row.get("vendor"), row.get("model"),
                        row.get("softwareRelease"), row.get("site"), row.get("contract"), modules(row.get("modules")))));
            } catch (BusinessException e) {
                problems.add(new ImportProblem(row.line(), e));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        return added;
    }

    private static List<ModuleView> modules(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<ModuleView> modules = new ArrayList<>();
        for (String entry : cell.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("\\|", -1);
            modules.add(new ModuleView(part(parts, 0), part(parts, 1), part(parts, 2), part(parts, 3)));
        }
        return modules;
    }

    private static String part(String[] parts, int index) {
        return index < parts.length && !parts[index].isBlank() ? parts[index].strip() : null;
    }

    private Installation installation(Long customerId, String name) {
        return em.createQuery("SELECT i FROM Installation i WHERE i.customerId = :customer AND i.name = :name", Installation.class)
                .setParameter("customer", customerId).setParameter("name", name)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Installation created = new Installation(customerId, name);
                    em.persist(created);
                    em.flush();
                    return created;
                });
    }
}
