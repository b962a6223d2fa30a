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
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

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
        Long contractId = null;
        if (command.contract() != null && !command.contract().isBlank()) {
            Contract contract = customers.findContract(command.contract())
                    .orElseThrow(() -> BusinessException.invalid("contract", "contract_not_found", command.contract()));
            if (!contract.customerId().equals(customer.id())) {
                throw BusinessException.invalid("contract", "contract_of_other_customer", command.contract());
            }
            contractId = contract.id();
        }
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
