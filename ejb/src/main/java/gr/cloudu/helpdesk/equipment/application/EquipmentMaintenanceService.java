package gr.cloudu.helpdesk.equipment.application;

import gr.cloudu.helpdesk.equipment.domain.Equipment;
import gr.cloudu.helpdesk.equipment.domain.EquipmentChange;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * What engineers' visits do to a machine: the visit enters its history, and each part fitted changes its
 * composition (the module's serial) and is a history entry of its own, naming the fault report.
 */
@Stateless
@RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER"})
public class EquipmentMaintenanceService {

    @PersistenceContext
    private EntityManager em;

    public void recordVisit(String serial, String filingNumber, Instant at, String actor, String summary, List<PartFitted> parts) {
        Long id = em.createQuery("SELECT e.id FROM Equipment e WHERE e.serial = :serial", Long.class)
                .setParameter("serial", serial)
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("equipment_not_found", serial));
        Equipment machine = em.find(Equipment.class, id, LockModeType.PESSIMISTIC_WRITE);
        em.persist(new EquipmentChange(machine.id(), at, EquipmentChange.Kind.VISIT, actor, summary, filingNumber));
        for (PartFitted part : parts) {
            String change = machine.fitPart(part.slot(), part.partNumber(), part.removedSerial(), part.fittedSerial());
            em.persist(new EquipmentChange(machine.id(), at, EquipmentChange.Kind.PART_REPLACED, actor, change, filingNumber));
        }
    }
}
