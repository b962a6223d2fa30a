package gr.cloudu.helpdesk.maintenance.application;

import java.time.LocalDate;
import java.util.List;

/** A plan to register: which machine, how often (months), from when, how many days ahead to produce each visit. */
public record NewPlan(String equipmentSerial, Integer everyMonths, LocalDate firstDue, Integer leadDays, List<String> checklist) {
}
