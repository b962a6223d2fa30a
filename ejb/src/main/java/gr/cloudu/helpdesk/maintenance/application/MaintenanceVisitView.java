package gr.cloudu.helpdesk.maintenance.application;

import gr.cloudu.helpdesk.maintenance.domain.MaintenanceVisit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A maintenance visit as the interfaces show it, with its checklist and (once done) what was found. */
public record MaintenanceVisitView(Long id, Long planId, String contract, String equipmentSerial, LocalDate dueOn, String status,
                                   String engineer, LocalDate visitDate, LocalTime from, LocalTime to, Instant arrivedAt,
                                   Instant leftAt, String summary, String recordedBy, List<Check> checklist) {

    public record Check(int position, String item, Boolean ok, String remark) {
    }

    static MaintenanceVisitView of(MaintenanceVisit v) {
        List<Check> checks = new java.util.ArrayList<>();
        for (int i = 0; i < v.checks().size(); i++) {
            checks.add(new Check(i + 1, v.checks().get(i).item(), v.checks().get(i).ok(), v.checks().get(i).remark()));
        }
        return new MaintenanceVisitView(v.id(), v.planId(), v.contractCode(), v.equipmentSerial(), v.dueOn(), v.status().name(),
                v.engineer(), v.visitDate(), v.windowFrom(), v.windowTo(), v.arrivedAt(), v.leftAt(), v.summary(), v.recordedBy(), checks);
    }
}
