package gr.cloudu.helpdesk.equipment.application;

import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.customer.domain.Contract;
import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.equipment.domain.Equipment;
import gr.cloudu.helpdesk.equipment.domain.EquipmentChange;
import gr.cloudu.helpdesk.equipment.domain.Installation;
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
