package gr.cloudu.helpdesk.dispatch.domain;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitRequestTest {

    private static final Instant REQUESTED = Instant.parse("2026-11-26T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    private static VisitRequest withPart() {
        return new VisitRequest(1L, "CU-2026-000001", "PBX-1", "engineer", REQUESTED, "Κάρτα",
                List.of(new RequestedPart("S30810-Q2216-X", 1, "δεν απαντά", "1-1", true)));
    }

    private static String code(Runnable action) {
        try {
            action.run();
            return null;
        } catch (BusinessException e) {
            return e.code() + (e.field() == null ? "" : "@" + e.field());
        }
    }

    @Test
    void routingNeedsAnEngineerADayNotPastAndAWindowThatEndsAfterItStarts() {
        VisitRequest visit = withPart();
        assertThat(code(() -> visit.route("sup", " ", TODAY, NINE, NOON, null, null, TODAY, REQUESTED))).isEqualTo("required@engineer");
        assertThat(code(() -> visit.route("sup", "engineer", TODAY.minusDays(1), NINE, NOON, null, null, TODAY, REQUESTED)))
                .isEqualTo("date_in_past@date");
        assertThat(code(() -> visit.route("sup", "engineer", TODAY, NOON, NINE, null, null, TODAY, REQUESTED))).isEqualTo("window_backwards@to");
        assertThat(visit.status()).isEqualTo(VisitStatus.REQUESTED);

        visit.route("sup", "engineer", TODAY, NINE, NOON, "μαζί", null, TODAY, REQUESTED);
        assertThat(visit.status()).isEqualTo(VisitStatus.ROUTED);
        assertThat(code(() -> visit.route("sup", "engineer", TODAY, NINE, NOON, null, null, TODAY, REQUESTED)))
                .isEqualTo("visit_not_awaiting_routing");
    }

    @Test
    void theSupervisorRoutesThePartsWithTheEngineerAndAVisitLeftWithoutPartsNeedsNoApproval() {
        VisitRequest revised = withPart();
        assertThat(revised.route("sup", "engineer", TODAY, NINE, NOON, null, List.of(
                new RequestedPart("S30810-Q2216-X", 2, "δύο κάρτες", "1-1", true),
                new RequestedPart("S30810-Q2217-X", 1, "και η STMI", "1-2", false)), TODAY, REQUESTED)).isTrue();
        assertThat(revised.status()).isEqualTo(VisitStatus.ROUTED);
        assertThat(revised.parts()).extracting(RequestedPart::partNumber).containsExactly("S30810-Q2216-X", "S30810-Q2217-X");
        assertThat(revised.parts().get(0).quantity()).isEqualTo(2);

        // The form sends the parts back as they were: not a revision.
        VisitRequest unchanged = withPart();
        assertThat(unchanged.route("sup", "engineer", TODAY, NINE, NOON, null,
                List.of(new RequestedPart("S30810-Q2216-X", 1, "δεν απαντά", "1-1", true)), TODAY, REQUESTED)).isFalse();
        assertThat(unchanged.status()).isEqualTo(VisitStatus.ROUTED);

        VisitRequest withoutParts = withPart();
        withoutParts.route("sup", "engineer", TODAY, NINE, NOON, "χωρίς ανταλλακτικά", List.of(), TODAY, REQUESTED);
        assertThat(withoutParts.status()).isEqualTo(VisitStatus.APPROVED);
        assertThat(withoutParts.parts()).isEmpty();

        VisitRequest tooMany = withPart();
        List<RequestedPart> stock = java.util.stream.IntStream.rangeClosed(0, VisitRequest.MAX_PARTS)
                .mapToObj(i -> new RequestedPart("P-" + i, 1, "x", null, false)).toList();
        assertThat(code(() -> tooMany.route("sup", "engineer", TODAY, NINE, NOON, null, stock, TODAY, REQUESTED)))
                .isEqualTo("too_many_parts@parts");
        assertThat(tooMany.parts()).hasSize(1);
    }

    @Test
    void aVisitIsApprovedOnceAndNeverByWhoeverAskedOrRoutedIt() {
        VisitRequest visit = withPart();
        assertThat(code(() -> visit.approve("manager", null, REQUESTED))).isEqualTo("visit_not_awaiting_approval");
        visit.route("sup", "engineer", TODAY, NINE, NOON, null, null, TODAY, REQUESTED);

        assertThat(code(() -> visit.approve("sup", null, REQUESTED))).isEqualTo("own_visit_request");
        assertThat(code(() -> visit.approve("engineer", null, REQUESTED))).isEqualTo("own_visit_request");
        assertThat(code(() -> visit.reject("manager", " ", REQUESTED))).isEqualTo("required@reason");

        visit.approve("manager", "εντός συμβολαίου", REQUESTED);
        assertThat(visit.status()).isEqualTo(VisitStatus.APPROVED);
        assertThat(visit.decidedBy()).isEqualTo("manager");
        assertThat(code(() -> visit.approve("manager2", null, REQUESTED))).isEqualTo("visit_not_awaiting_approval");
        assertThat(code(() -> visit.reject("manager2", "αργά", REQUESTED))).isEqualTo("visit_not_awaiting_approval");
    }

    @Test
    void aVisitWithoutPartsIsScheduledByTheRouting() {
        VisitRequest visit = new VisitRequest(1L, "CU-2026-000001", "PBX-1", "engineer", REQUESTED, "έλεγχος", List.of());
        visit.route("sup", "engineer", TODAY, NINE, NOON, null, null, TODAY, REQUESTED);
        assertThat(visit.needsApproval()).isFalse();
        assertThat(visit.status()).isEqualTo(VisitStatus.APPROVED);
    }

    @Test
    void theRecordOfAVisitHoldsTogetherInTime() {
        VisitRequest visit = withPart();
        Instant now = REQUESTED.plusSeconds(7200);
        assertThat(code(() -> visit.record("engineer", REQUESTED, now, "x", List.of(), now))).isEqualTo("visit_not_scheduled");
        visit.route("sup", "engineer", TODAY, NINE, NOON, null, null, TODAY, REQUESTED);
        visit.approve("manager", null, REQUESTED);

        assertThat(code(() -> visit.record("engineer", REQUESTED.minusSeconds(1), now, "x", List.of(), now)))
                .isEqualTo("arrival_before_request@arrivedAt");
        assertThat(code(() -> visit.record("engineer", now.minusSeconds(60), now.minusSeconds(120), "x", List.of(), now)))
                .isEqualTo("left_before_arrival@leftAt");
        assertThat(code(() -> visit.record("engineer", now.minusSeconds(60), now.plusSeconds(60), "x", List.of(), now)))
                .isEqualTo("time_in_future@leftAt");
        assertThat(code(() -> visit.record("engineer", now.minusSeconds(60), now, " ", List.of(), now))).isEqualTo("required@workDone");

        visit.record("engineer", now.minusSeconds(3600), now.minusSeconds(60), "αντικατάσταση",
                List.of(new FittedPart("1-1", "S30810-Q2216-X", "LT1", "NEW1")), now);
        assertThat(visit.status()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(visit.fitted()).extracting(FittedPart::fittedSerial).containsExactly("NEW1");
    }

    @Test
    void theWorkLogSumsTheStretchesAndAHandBackNeedsAReason() {
        Assignment assignment = new Assignment(1L, "CU-2026-000001", "engineer", "agent", REQUESTED, null);
        assertThat(code(() -> assignment.stopWork(REQUESTED, null))).isEqualTo("work_not_started");
        assignment.startWork(REQUESTED.plusSeconds(60), "σύνδεση");
        assertThat(assignment.status()).isEqualTo(AssignmentStatus.ACKNOWLEDGED);
        assertThat(code(() -> assignment.startWork(REQUESTED.plusSeconds(70), null))).isEqualTo("work_already_started");
        assignment.stopWork(REQUESTED.plusSeconds(660), "ρυθμίσεις");
        assignment.startWork(REQUESTED.plusSeconds(1000), null);
        assertThat(code(() -> assignment.handBack(REQUESTED.plusSeconds(1300), ""))).isEqualTo("required@reason");
        assignment.handBack(REQUESTED.plusSeconds(1300), "χρειάζεται επίσκεψη");

        assertThat(assignment.worked()).hasSeconds(900);
        assertThat(assignment.work()).hasSize(2).allSatisfy(p -> assertThat(p.stoppedAt()).isNotNull());
        assertThat(assignment.status()).isEqualTo(AssignmentStatus.HANDED_BACK);
        assertThat(code(() -> assignment.acknowledge(REQUESTED.plusSeconds(1400)))).isEqualTo("assignment_not_open");
        assertThat(assignment.notified(REQUESTED)).isTrue();
        assertThat(assignment.notified(REQUESTED.plusSeconds(5))).isFalse();
    }
}
