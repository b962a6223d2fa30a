package gr.cloudu.helpdesk.maintenance.application;

import gr.cloudu.helpdesk.maintenance.domain.MaintenancePlan;

import java.time.LocalDate;
import java.util.List;

/** A preventive-maintenance plan as the interfaces show it. */
public record PlanView(Long id, String contract, String equipmentSerial, int everyMonths, LocalDate firstDue, int leadDays,
                       LocalDate nextDue, boolean active, List<String> checklist) {

    static PlanView of(MaintenancePlan p) {
        return new PlanView(p.id(), p.contractCode(), p.equipmentSerial(), p.everyMonths(), p.firstDue(), p.leadDays(), p.nextDue(),
                p.active(), List.copyOf(p.checklist()));
    }
}
