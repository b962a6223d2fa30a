package gr.cloudu.helpdesk.maintenance.domain;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaintenancePlanTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    // The day the plans are made in these tests, before any of their first due days.
    private static final LocalDate PLANNED_ON = LocalDate.of(2026, 1, 1);

    private static MaintenancePlan plan(LocalDate firstDue) {
        return new MaintenancePlan("K-1", "PBX-1", 4, firstDue, 14, List.of("Έλεγχος τροφοδοτικών", " ", "Backup βάσης"),
                "manager", NOW, PLANNED_ON);
    }

    @Test
    void eachOccurrenceBecomesAVisitItsLeadTimeAheadOnceAndTheDayNeverDrifts() {
        MaintenancePlan plan = plan(LocalDate.of(2026, 1, 31));
        assertThat(plan.checklist()).containsExactly("Έλεγχος τροφοδοτικών", "Backup βάσης");

        assertThat(plan.takeDue(LocalDate.of(2026, 1, 16))).isEmpty();
        assertThat(plan.takeDue(LocalDate.of(2026, 1, 17))).containsExactly(LocalDate.of(2026, 1, 31));
        assertThat(plan.takeDue(LocalDate.of(2026, 1, 17))).isEmpty();
        assertThat(plan.nextDue()).isEqualTo(LocalDate.of(2026, 5, 31));
        // Down for months: every missed occurrence at once, the 31st kept where the month has one.
        assertThat(plan.takeDue(LocalDate.of(2026, 12, 1)))
                .containsExactly(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 9, 30));
        assertThat(plan.nextDue()).isEqualTo(LocalDate.of(2027, 1, 31));
        plan.end();
        assertThat(plan.takeDue(LocalDate.of(2027, 6, 1))).isEmpty();
    }

    @Test
    void aRevisedPlanCountsAgainFromItsNextDueDayAfterTheVisitsAlreadyProduced() {
        MaintenancePlan plan = plan(LocalDate.of(2026, 1, 31));
        plan.takeDue(LocalDate.of(2026, 1, 17));
        LocalDate today = LocalDate.of(2026, 2, 1);
        // Not on or before the last visit produced, not in the past; an ended plan is not changed.
        assertThatThrownBy(() -> plan.revise(2, LocalDate.of(2026, 1, 31), 7, List.of("x"), LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 31)))
                .extracting("field", "code").containsExactly("nextDue", "maintenance_already_produced");
        assertThatThrownBy(() -> plan.revise(2, LocalDate.of(2026, 1, 31).plusDays(1), 7, List.of("x"), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 1, 31))).extracting("field", "code").containsExactly("nextDue", "date_in_past");
        assertThatThrownBy(() -> plan.revise(25, null, 7, List.of("x"), today, LocalDate.of(2026, 1, 31)))
                .extracting("field").isEqualTo("everyMonths");

        // Without a day or a lead, the plan goes on from its next due day with its lead (14 days), now every two
        // months with its new checklist; then with a lead of 7 days.
        plan.revise(2, null, null, List.of("x"), today, LocalDate.of(2026, 1, 31));
        assertThat(plan.leadDays()).isEqualTo(14);
        plan.revise(2, null, 7, List.of("Καθαρισμός φίλτρων", " "), today, LocalDate.of(2026, 1, 31));
        assertThat(plan.nextDue()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(plan.checklist()).containsExactly("Καθαρισμός φίλτρων");
        assertThat(plan.takeDue(LocalDate.of(2026, 7, 24))).containsExactly(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 7, 31));
        plan.end();
        assertThatThrownBy(() -> plan.revise(2, null, 7, List.of("x"), today, LocalDate.of(2026, 7, 31)))
                .extracting("code").isEqualTo("maintenance_plan_ended");
    }

    @Test
    void aVisitNobodyScheduledIsCancelledWhenItsPlanEndsAndCannotBeScheduledAfter() {
        MaintenanceVisit visit = new MaintenanceVisit(plan(LocalDate.of(2026, 12, 1)), LocalDate.of(2026, 12, 1), NOW);
        visit.cancel("manager", NOW);
        assertThat(visit.status()).isEqualTo(MaintenanceStatus.CANCELLED);
        assertThatThrownBy(() -> visit.schedule("eng", LocalDate.of(2026, 12, 1), LocalTime.of(9, 0), LocalTime.of(12, 0),
                LocalDate.of(2026, 11, 26), "sup", NOW)).extracting("code").isEqualTo("maintenance_cancelled");
        assertThatThrownBy(() -> visit.cancel("manager", NOW)).extracting("code").isEqualTo("maintenance_not_planned");

        MaintenanceVisit scheduled = new MaintenanceVisit(plan(LocalDate.of(2026, 12, 1)), LocalDate.of(2026, 12, 1), NOW);
        scheduled.schedule("eng", LocalDate.of(2026, 12, 1), LocalTime.of(9, 0), LocalTime.of(12, 0), LocalDate.of(2026, 11, 26), "sup", NOW);
        assertThatThrownBy(() -> scheduled.cancel("manager", NOW)).extracting("code").isEqualTo("maintenance_not_planned");
    }

    @Test
    void aPlanNeedsARhythmAStartAndAChecklist() {
        assertThatThrownBy(() -> new MaintenancePlan("K-1", "PBX-1", 0, LocalDate.of(2026, 1, 1), 14, List.of("x"), "m", NOW, PLANNED_ON))
                .isInstanceOf(BusinessException.class).extracting("field").isEqualTo("everyMonths");
        assertThatThrownBy(() -> new MaintenancePlan("K-1", "PBX-1", 3, null, 14, List.of("x"), "m", NOW, PLANNED_ON))
                .extracting("field").isEqualTo("firstDue");
        assertThatThrownBy(() -> new MaintenancePlan("K-1", "PBX-1", 3, LocalDate.of(2026, 1, 1), 14, List.of(" "), "m", NOW, PLANNED_ON))
                .extracting("field").isEqualTo("checklist");
        assertThatThrownBy(() -> new MaintenancePlan("K-1", "PBX-1", 3, LocalDate.of(2026, 1, 1), 91, List.of("x"), "m", NOW, PLANNED_ON))
                .extracting("field").isEqualTo("leadDays");
        assertThatThrownBy(() -> new MaintenancePlan("K-1", "PBX-1", 3, LocalDate.of(2025, 12, 31), 14, List.of("x"), "m", NOW, PLANNED_ON))
                .extracting("field", "code").containsExactly("firstDue", "date_in_past");
    }

    @Test
    void aVisitIsScheduledNotInThePastAndRecordedOnceWithEveryItemAndARemarkForWhatIsWrong() {
        MaintenanceVisit visit = new MaintenanceVisit(plan(LocalDate.of(2026, 12, 1)), LocalDate.of(2026, 12, 1), NOW);
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertThat(visit.status()).isEqualTo(MaintenanceStatus.PLANNED);
        assertThatThrownBy(() -> visit.schedule("eng", LocalDate.of(2026, 11, 25), LocalTime.of(9, 0), LocalTime.of(12, 0), today, "sup", NOW))
                .extracting("field").isEqualTo("date");
        assertThatThrownBy(() -> visit.schedule("eng", LocalDate.of(2026, 12, 1), LocalTime.of(12, 0), LocalTime.of(9, 0), today, "sup", NOW))
                .extracting("field").isEqualTo("to");
        assertThatThrownBy(() -> visit.record(Map.of(), Map.of(), NOW, NOW, null, "eng", NOW))
                .extracting("code").isEqualTo("maintenance_not_scheduled");

        visit.schedule("eng", LocalDate.of(2026, 12, 1), LocalTime.of(9, 0), LocalTime.of(12, 0), today, "sup", NOW);
        assertThat(visit.status()).isEqualTo(MaintenanceStatus.SCHEDULED);
        Instant arrived = Instant.parse("2026-12-01T07:10:00Z");
        Instant left = Instant.parse("2026-12-01T09:00:00Z");
        assertThatThrownBy(() -> visit.record(Map.of(0, true), Map.of(), arrived, left, null, "eng", left))
                .extracting("code").isEqualTo("checklist_incomplete");
        assertThatThrownBy(() -> visit.record(Map.of(0, true, 1, false), Map.of(), arrived, left, null, "eng", left))
                .extracting("code").isEqualTo("remark_required");
        assertThatThrownBy(() -> visit.record(Map.of(0, true, 1, true), Map.of(), left, arrived, null, "eng", left))
                .extracting("field").isEqualTo("leftAt");

        // Not later than the moment it is recorded.
        assertThatThrownBy(() -> visit.record(Map.of(0, true, 1, true), Map.of(), arrived, left, null, "eng", arrived.minusSeconds(60)))
                .extracting("field", "code").containsExactly("arrivedAt", "time_in_future");
        assertThatThrownBy(() -> visit.record(Map.of(0, true, 1, true), Map.of(), arrived, left, null, "eng", arrived.plusSeconds(60)))
                .extracting("field", "code").containsExactly("leftAt", "time_in_future");
        visit.record(Map.of(0, true, 1, false), Map.of(1, "Το backup απέτυχε"), arrived, left, "Ετήσιος έλεγχος", "eng", left);
        assertThat(visit.status()).isEqualTo(MaintenanceStatus.DONE);
        assertThat(visit.historySummary()).isEqualTo("Preventive maintenance: Ετήσιος έλεγχος; not in order: Backup βάσης: Το backup απέτυχε");
        assertThatThrownBy(() -> visit.schedule("eng", LocalDate.of(2026, 12, 2), LocalTime.of(9, 0), LocalTime.of(12, 0), today, "sup", NOW))
                .extracting("code").isEqualTo("maintenance_done");
    }
}
