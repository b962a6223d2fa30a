package gr.cloudu.helpdesk.maintenance.application;

import java.time.LocalDate;
import java.util.List;

/** How a plan goes on from now: how often (months), from which day (its next due day when null), lead days, checklist. */
public record PlanRevision(Integer everyMonths, LocalDate nextDue, Integer leadDays, List<String> checklist) {
}
