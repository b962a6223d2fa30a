package gr.cloudu.helpdesk.ticket.domain;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.sla.domain.BusinessCalendar;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketLifecycleTest {

    private static final BusinessCalendar CALENDAR = BusinessCalendar.standard();
    private static final SlaPolicy POLICY = new SlaPolicy(CALENDAR, 0.75, Duration.ofHours(35));
    private static final SlaTerms MAJOR = new SlaTerms(false, 120, 480, 960, 240);
    private static final SlaTerms MINOR = new SlaTerms(false, 480, null, 2400, 960);
    private static final SlaTerms CRITICAL = new SlaTerms(true, 60, 240, 480, 120);
    private static final Actor AGENT = new Actor("agent", "AGENT");
    private static final Actor CUSTOMER = new Actor("g@example.gr", "Τεχνικός");

    private static Instant at(String athens) {
        return OffsetDateTime.parse(athens).toInstant();
    }

    private static Ticket filed(String reportedAt, Severity severity, SlaTerms terms) {
        Ticket ticket = Ticket.file(FilingNumber.of(2026, 9), at(reportedAt), null, Channel.EMAIL, 42L, "K-1",
                new Reporter("Γιώργος", "g@example.gr", "Τεχνικός", "Πληροφορική"), "PBX-1", severity, "Νεκρές γραμμές",
                null, Actor.system("mailbox"));
        ticket.startClock(terms, POLICY, at(reportedAt));
        return ticket;
    }

    private static Instant due(Ticket ticket, DeadlineKind kind) {
        return ticket.deadlineOf(kind).orElseThrow().dueAt();
    }

    @Test
    void deadlinesRunInBusinessHoursFromTheLegalTimeOfReport() {
        Ticket ticket = filed("2026-11-23T10:00+02:00", Severity.MAJOR, MAJOR);

        assertThat(due(ticket, DeadlineKind.RESPONSE)).isEqualTo(at("2026-11-23T12:00+02:00"));
        assertThat(due(ticket, DeadlineKind.ON_SITE)).isEqualTo(at("2026-11-24T11:00+02:00"));
        assertThat(due(ticket, DeadlineKind.RESTORE)).isEqualTo(at("2026-11-25T12:00+02:00"));
        assertThat(ticket.updateDueAt()).isEqualTo(at("2026-11-23T14:00+02:00"));
        assertThat(ticket.slaState(at("2026-11-23T10:30+02:00"))).isEqualTo(SlaState.ON_TRACK);
        assertThat(ticket.slaState(at("2026-11-23T11:31+02:00"))).isEqualTo(SlaState.WARNING);
        assertThat(ticket.slaState(at("2026-11-23T12:00+02:00"))).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void theFirstResponseMeetsTheResponseDeadline() {
        Ticket ticket = filed("2026-11-23T10:00+02:00", Severity.MAJOR, MAJOR);

        ticket.apply(TicketAction.ACKNOWLEDGE, "Το εξετάζουμε", null, null, at("2026-11-23T11:00+02:00"), AGENT, POLICY);

        assertThat(ticket.status()).isEqualTo(TicketStatus.ACKNOWLEDGED);
        assertThat(ticket.deadlineOf(DeadlineKind.RESPONSE).orElseThrow().outcome()).isEqualTo(DeadlineOutcome.MET);
        assertThat(ticket.respondedAt()).isEqualTo(at("2026-11-23T11:00+02:00"));
        assertThat(ticket.events()).extracting(TicketEvent::type).containsSubsequence(
                LifecycleEventType.DEADLINE_MET, LifecycleEventType.ACKNOWLEDGED);
        assertThat(ticket.events().get(ticket.events().size() - 1).actorCapacity()).isEqualTo("AGENT");
        assertThat(ticket.lifecycleIntact()).isTrue();
    }

    @Test
    void anActionTheStatusDoesNotAllowIsAnIllegalTransition() {
        Ticket ticket = filed("2026-11-23T10:00+02:00", Severity.MAJOR, MAJOR);

        assertThatThrownBy(() -> ticket.apply(TicketAction.CLOSE, null, null, null, at("2026-11-23T11:00+02:00"), AGENT, POLICY))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("illegal_transition");
                });
        assertThat(ticket.status()).isEqualTo(TicketStatus.FILED);
        assertThat(ticket.events()).hasSize(2);
    }

    @Test
    void aResolutionSaysWhatWasDone() {
        Ticket ticket = filed("2026-11-23T10:00+02:00", Severity.MAJOR, MAJOR);

        assertThatThrownBy(() -> ticket.apply(TicketAction.RESOLVE, " ", null, null, at("2026-11-23T11:00+02:00"), AGENT, POLICY))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("comment"));
    }

    @Test
    void aPauseOverAWeekendAndAHolidayExtendsTheDeadlinesByTheBusinessTimeItLasted() {
        // Friday 20 March 2026; Wednesday 25 March is a public holiday.
        Ticket ticket = filed("2026-03-20T10:00+02:00", Severity.MAJOR, MAJOR);
        assertThat(due(ticket, DeadlineKind.RESTORE)).isEqualTo(at("2026-03-24T12:00+02:00"));
        ticket.apply(TicketAction.START, null, null, null, at("2026-03-20T10:30+02:00"), AGENT, POLICY);

        ticket.apply(TicketAction.AWAIT_CUSTOMER, "Χρειαζόμαστε πρόσβαση στο κέντρο", null, null, at("2026-03-20T14:00+02:00"), AGENT, POLICY);
        assertThat(ticket.slaState(at("2026-03-25T10:00+02:00"))).isEqualTo(SlaState.PAUSED);
        assertThat(ticket.watch(at("2026-03-25T10:00+02:00"), POLICY)).isEmpty();
        ticket.apply(TicketAction.RESUME, null, null, null, at("2026-03-26T10:00+02:00"), AGENT, POLICY);

        // Paused: Friday 1h + Monday 7h + Tuesday 7h + Thursday 2h = 17h of business time.
        assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(due(ticket, DeadlineKind.RESTORE)).isEqualTo(at("2026-03-27T15:00+02:00"));
        assertThat(due(ticket, DeadlineKind.ON_SITE)).isEqualTo(CALENDAR.plus(at("2026-03-20T10:00+02:00"), Duration.ofHours(8 + 17)));
        assertThat(ticket.deadlineOf(DeadlineKind.RESPONSE).orElseThrow().outcome()).isEqualTo(DeadlineOutcome.MET);
        assertThat(ticket.slaState(at("2026-03-26T10:00+02:00"))).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void theCustomersAnswerEndsThePause() {
        Ticket ticket = filed("2026-11-23T10:00+02:00", Severity.MAJOR, MAJOR);
        ticket.apply(TicketAction.AWAIT_CUSTOMER, "Στείλτε μας το log", null, null, at("2026-11-23T10:30+02:00"), AGENT, POLICY);

        ticket.recordCustomerMessage(at("2026-11-23T11:30+02:00"), CUSTOMER, "Το log επισυνάπτεται", POLICY);

        assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(due(ticket, DeadlineKind.RESTORE)).isEqualTo(at("2026-11-25T13:00+02:00"));
        assertThat(ticket.events()).extracting(TicketEvent::type).endsWith(LifecycleEventType.CUSTOMER_MESSAGE, LifecycleEventType.RESUMED);
    }

    @Test
    void theWatchWarnsOnceThenBreachesAndEscalatesOnce() {
        Ticket ticket = filed("2026-11-23T10:00+02:00", Severity.MAJOR, MAJOR);

        assertThat(ticket.watch(at("2026-11-23T11:29+02:00"), POLICY)).isEmpty();
        assertThat(ticket.watch(at("2026-11-23T11:31+02:00"), POLICY))
                .containsExactly(new SlaAlert(SlaAlert.Kind.WARNING, DeadlineKind.RESPONSE, Tier.HELP_DESK));
        assertThat(ticket.watch(at("2026-11-23T11:45+02:00"), POLICY)).isEmpty();
        assertThat(ticket.watch(at("2026-11-23T12:00+02:00"), POLICY)).containsExactly(
                new SlaAlert(SlaAlert.Kind.BREACH, DeadlineKind.RESPONSE, Tier.HELP_DESK),
                new SlaAlert(SlaAlert.Kind.ESCALATION, DeadlineKind.RESPONSE, Tier.TECH_SUPPORT));
        assertThat(ticket.watch(at("2026-11-23T12:01+02:00"), POLICY)).isEmpty();

        assertThat(ticket.tier()).isEqualTo(Tier.TECH_SUPPORT);
        assertThat(ticket.status()).isEqualTo(TicketStatus.ESCALATED);
        assertThat(ticket.slaState(at("2026-11-23T12:01+02:00"))).isEqualTo(SlaState.BREACHED);
        assertThat(ticket.lifecycleIntact()).isTrue();
    }

    @Test
    void deadlinesMissedWhileNobodyLookedAreHandledAtTheFirstLook() {
        Ticket ticket = filed("2026-11-23T10:00+02:00", Severity.MAJOR, MAJOR);

        // The server was down from Monday to Wednesday afternoon: all three deadlines passed.
        assertThat(ticket.watch(at("2026-11-25T14:00+02:00"), POLICY)).extracting(SlaAlert::kind).containsExactly(
                SlaAlert.Kind.BREACH, SlaAlert.Kind.ESCALATION, SlaAlert.Kind.BREACH, SlaAlert.Kind.ESCALATION, SlaAlert.Kind.BREACH);
        assertThat(ticket.tier()).isEqualTo(Tier.ON_SITE);
        assertThat(ticket.watch(at("2026-11-25T14:01+02:00"), POLICY)).isEmpty();
    }

    @Test
    void aNewSeverityRecomputesPendingDeadlinesUnderItsTerm() {
        Ticket ticket = filed("2026-11-23T10:00+02:00", Severity.MINOR, MINOR);
        assertThat(ticket.deadlineOf(DeadlineKind.ON_SITE)).isEmpty();

        ticket.changeSeverity(Severity.CRITICAL, CRITICAL, "Έπεσε όλο το κέντρο", at("2026-11-23T10:30+02:00"), AGENT, POLICY);

        assertThat(ticket.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(due(ticket, DeadlineKind.RESPONSE)).isEqualTo(at("2026-11-23T11:00+02:00"));
        assertThat(due(ticket, DeadlineKind.ON_SITE)).isEqualTo(at("2026-11-23T14:00+02:00"));
        assertThat(due(ticket, DeadlineKind.RESTORE)).isEqualTo(at("2026-11-23T18:00+02:00"));
        assertThat(ticket.events()).extracting(TicketEvent::type).endsWith(LifecycleEventType.SEVERITY_CHANGED,
                LifecycleEventType.SLA_RECOMPUTED);
    }

    @Test
    void aResolutionMeetsTheRestoreDeadlineWaivesTheVisitAndClosesAfterTheQuietPeriod() {
        Ticket ticket = filed("2026-11-23T10:00+02:00", Severity.MAJOR, MAJOR);
        ticket.apply(TicketAction.START, null, null, null, at("2026-11-23T10:10+02:00"), AGENT, POLICY);

        ticket.apply(TicketAction.RESOLVE, "Επανεκκίνηση κάρτας SLMO", null, null, at("2026-11-23T14:00+02:00"), AGENT, POLICY);

        assertThat(ticket.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(ticket.deadlineOf(DeadlineKind.RESTORE).orElseThrow().outcome()).isEqualTo(DeadlineOutcome.MET);
        assertThat(ticket.deadlineOf(DeadlineKind.ON_SITE).orElseThrow().outcome()).isEqualTo(DeadlineOutcome.WAIVED);
        assertThat(ticket.closeIfQuiet(at("2026-11-30T13:59+02:00"), 5)).isFalse();
        assertThat(ticket.closeIfQuiet(at("2026-11-30T14:00+02:00"), 5)).isTrue();
        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void reopeningRunsTheRestoreDeadlineAgain() {
        Ticket ticket = filed("2026-11-23T10:00+02:00", Severity.MAJOR, MAJOR);
        ticket.apply(TicketAction.RESOLVE, "Επανεκκίνηση", null, null, at("2026-11-23T11:00+02:00"), AGENT, POLICY);

        ticket.apply(TicketAction.REOPEN, "Το πρόβλημα επανήλθε", null, null, at("2026-11-23T12:00+02:00"), CUSTOMER, POLICY);

        assertThat(ticket.status()).isEqualTo(TicketStatus.REOPENED);
        assertThat(ticket.deadlineOf(DeadlineKind.RESTORE).orElseThrow().outcome()).isEqualTo(DeadlineOutcome.PENDING);
        assertThat(ticket.nextDueAt()).isEqualTo(at("2026-11-25T12:00+02:00"));
    }

    @Test
    void escalationGoesUpOneTierAtATimeAndNoFurtherThanOnSite() {
        Ticket ticket = filed("2026-11-23T10:00+02:00", Severity.MAJOR, MAJOR);

        ticket.apply(TicketAction.ESCALATE, "Χρειάζεται ειδικό", null, null, at("2026-11-23T10:30+02:00"), AGENT, POLICY);
        assertThat(ticket.tier()).isEqualTo(Tier.TECH_SUPPORT);
        ticket.apply(TicketAction.ESCALATE, null, "engineer", null, at("2026-11-23T10:40+02:00"), AGENT, POLICY);
        assertThat(ticket.tier()).isEqualTo(Tier.ON_SITE);
        assertThat(ticket.assignee()).isEqualTo("engineer");

        assertThatThrownBy(() -> ticket.apply(TicketAction.ESCALATE, null, null, null, at("2026-11-23T10:50+02:00"), AGENT, POLICY))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("illegal_transition"));
    }

    @Test
    void everyStatusHasAWayOn() {
        for (TicketStatus status : TicketStatus.values()) {
            assertThat(TicketAction.availableFrom(status)).as(status.name()).isNotEmpty();
        }
        assertThat(TicketAction.availableFrom(TicketStatus.CLOSED)).containsExactly(TicketAction.REOPEN);
    }

    @Test
    void aClosureDayAddedWhileTheClockRunsPushesThePendingDeadlinesOnly() {
        Ticket ticket = filed("2026-11-23T10:00+02:00", Severity.MAJOR, MAJOR);
        ticket.apply(TicketAction.ACKNOWLEDGE, null, null, null, at("2026-11-23T10:30+02:00"), AGENT, POLICY);
        Instant response = due(ticket, DeadlineKind.RESPONSE);
        BusinessCalendar withClosure = new BusinessCalendar(CALENDAR.zone(), CALENDAR.opensAt(), CALENDAR.closesAt(),
                java.util.Map.of(java.time.LocalDate.of(2026, 11, 24), "Απεργία"));

        boolean moved = ticket.recountDeadlines(new SlaPolicy(withClosure, 0.75, null), at("2026-11-23T11:00+02:00"), "closure day");

        assertThat(moved).isTrue();
        assertThat(due(ticket, DeadlineKind.RESPONSE)).isEqualTo(response);
        assertThat(due(ticket, DeadlineKind.ON_SITE)).isEqualTo(at("2026-11-25T11:00+02:00"));
        assertThat(due(ticket, DeadlineKind.RESTORE)).isEqualTo(at("2026-11-26T12:00+02:00"));
        assertThat(ticket.events().get(ticket.events().size() - 1).type()).isEqualTo(LifecycleEventType.SLA_RECOMPUTED);
        assertThat(ticket.recountDeadlines(new SlaPolicy(withClosure, 0.75, null), at("2026-11-23T11:05+02:00"), "again")).isFalse();
    }

    @Test
    void aFaultReportedOnFridayAfterClosingRunsFromMondayMorning() {
        Ticket ticket = filed("2026-11-27T15:30+02:00", Severity.MAJOR, MAJOR);

        assertThat(due(ticket, DeadlineKind.RESPONSE)).isEqualTo(at("2026-11-30T10:00+02:00"));
        assertThat(ticket.watch(at("2026-11-29T23:00+02:00"), POLICY)).isEmpty();
    }

    @Test
    void theOnSiteDeadlineIsSettledByTheArrivalTimeNotByWhenItWasRecorded() {
        Ticket inTime = filed("2026-11-23T09:00+02:00", Severity.MAJOR, MAJOR);
        Instant onSiteDue = due(inTime, DeadlineKind.ON_SITE);
        inTime.arrivedOnSite(onSiteDue.minusSeconds(60));
        assertThat(inTime.deadlineOf(DeadlineKind.ON_SITE).orElseThrow().outcome()).isEqualTo(DeadlineOutcome.MET);
        assertThat(inTime.deadlineOf(DeadlineKind.ON_SITE).orElseThrow().settledAt()).isEqualTo(onSiteDue.minusSeconds(60));

        Ticket late = filed("2026-11-23T09:00+02:00", Severity.MAJOR, MAJOR);
        late.arrivedOnSite(onSiteDue.plusSeconds(60));
        assertThat(late.deadlineOf(DeadlineKind.ON_SITE).orElseThrow().outcome()).isEqualTo(DeadlineOutcome.BREACHED);
        assertThat(late.slaState(onSiteDue.plusSeconds(120))).isEqualTo(SlaState.BREACHED);

        // The watch called it breached before the visit was recorded, but the engineer was there in time.
        Ticket recordedLate = filed("2026-11-23T09:00+02:00", Severity.MAJOR, MAJOR);
        recordedLate.apply(TicketAction.ACKNOWLEDGE, null, null, null, at("2026-11-23T09:10+02:00"), AGENT, POLICY);
        recordedLate.watch(onSiteDue.plusSeconds(5), POLICY);
        assertThat(recordedLate.deadlineOf(DeadlineKind.ON_SITE).orElseThrow().outcome()).isEqualTo(DeadlineOutcome.BREACHED);
        recordedLate.arrivedOnSite(onSiteDue.minusSeconds(600));
        assertThat(recordedLate.deadlineOf(DeadlineKind.ON_SITE).orElseThrow().outcome()).isEqualTo(DeadlineOutcome.MET);
        assertThat(recordedLate.events()).extracting(TicketEvent::type).containsSubsequence(LifecycleEventType.SLA_BREACHED,
                LifecycleEventType.DEADLINE_MET);
        assertThat(recordedLate.lifecycleIntact()).isTrue();

        // Called breached by the watch and the engineer did arrive late: the breach keeps the real arrival, so the
        // report can say how late.
        Ticket arrivedLate = filed("2026-11-23T09:00+02:00", Severity.MAJOR, MAJOR);
        arrivedLate.apply(TicketAction.ACKNOWLEDGE, null, null, null, at("2026-11-23T09:10+02:00"), AGENT, POLICY);
        arrivedLate.watch(onSiteDue.plusSeconds(5), POLICY);
        arrivedLate.arrivedOnSite(onSiteDue.plusSeconds(7200));
        SlaDeadline lateOnSite = arrivedLate.deadlineOf(DeadlineKind.ON_SITE).orElseThrow();
        assertThat(lateOnSite.outcome()).isEqualTo(DeadlineOutcome.BREACHED);
        assertThat(lateOnSite.settledAt()).isEqualTo(onSiteDue.plusSeconds(7200));
        // A second visit's arrival does not rewrite the first.
        arrivedLate.arrivedOnSite(onSiteDue.plusSeconds(9 * 3600));
        assertThat(arrivedLate.deadlineOf(DeadlineKind.ON_SITE).orElseThrow().settledAt()).isEqualTo(onSiteDue.plusSeconds(7200));
    }

    @Test
    void theDiagnosisAndTheFieldWorkJoinTheLifeCycleWithoutChangingTheStatus() {
        Ticket ticket = filed("2026-11-23T09:00+02:00", Severity.MAJOR, MAJOR);
        ticket.diagnose(new Diagnosis("Χωρίς τόνο", "1-1", "Έλεγχος θυρών", null), at("2026-11-23T09:30+02:00"), AGENT);
        ticket.recordFieldWork(LifecycleEventType.VISIT_REQUESTED, at("2026-11-23T10:00+02:00"), AGENT, "visit=1");

        assertThat(ticket.status()).isEqualTo(TicketStatus.FILED);
        assertThat(ticket.diagnosis().module()).isEqualTo("1-1");
        assertThat(ticket.events()).extracting(TicketEvent::type).contains(LifecycleEventType.DIAGNOSED, LifecycleEventType.VISIT_REQUESTED);
        assertThat(ticket.lifecycleIntact()).isTrue();
        assertThatThrownBy(() -> ticket.recordFieldWork(LifecycleEventType.RESOLVED, at("2026-11-23T10:00+02:00"), AGENT, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Diagnosis(" ", null, "x", null)).isInstanceOf(BusinessException.class);
    }

    @Test
    void aNoteForTheCustomerGoesOutWhenTheUpdateFallsDueAndTheNextOneCountsFromThere() {
        Ticket ticket = filed("2026-11-23T10:00+02:00", Severity.MAJOR, MAJOR);
        assertThat(ticket.updateDueAt()).isEqualTo(at("2026-11-23T14:00+02:00"));
        ticket.addNote("Internal: card swap planned", false, at("2026-11-23T11:00+02:00"), AGENT);
        ticket.addNote("Αντικαθιστούμε την κάρτα SLMO", true, at("2026-11-23T11:30+02:00"), AGENT);

        assertThat(ticket.updateDue(at("2026-11-23T13:58:59+02:00"), true)).isEqualTo(UpdateDue.NOTHING);
        // A minute ahead, so that the watch's interval cannot make it late.
        assertThat(ticket.updateDue(at("2026-11-23T13:59:30+02:00"), true)).isEqualTo(UpdateDue.SEND_NOTE);
        assertThat(ticket.unsentNote()).isEqualTo("Αντικαθιστούμε την κάρτα SLMO");
        ticket.customerInformed("UPDATE", "g@example.gr", ticket.unsentNote(), at("2026-11-23T14:00+02:00"), Actor.system("updates"), POLICY);

        assertThat(ticket.unsentNote()).isNull();
        assertThat(ticket.lastInformedAt()).isEqualTo(at("2026-11-23T14:00+02:00"));
        // Four business hours later: the day ends at 15:00, so 11:00 the next morning.
        assertThat(ticket.updateDueAt()).isEqualTo(at("2026-11-24T11:00+02:00"));
        TicketEvent informed = ticket.events().get(ticket.events().size() - 1);
        assertThat(informed.type()).isEqualTo(LifecycleEventType.CUSTOMER_INFORMED);
        assertThat(informed.detail()).contains("kind=UPDATE", "to=g@example.gr", "on_time=true", "comment=Αντικαθιστούμε");
        assertThat(ticket.events()).filteredOn(e -> e.type() == LifecycleEventType.NOTE_ADDED).hasSize(2);
    }

    @Test
    void withNothingToSendTheOwnerIsRemindedOncePerDueTimeAndALateUpdateSaysSo() {
        Ticket ticket = filed("2026-11-23T10:00+02:00", Severity.MAJOR, MAJOR);

        assertThat(ticket.updateDue(at("2026-11-23T14:05+02:00"), true)).isEqualTo(UpdateDue.REMIND);
        assertThat(ticket.updateDue(at("2026-11-23T14:06+02:00"), true)).isEqualTo(UpdateDue.NOTHING);
        assertThat(ticket.events()).filteredOn(e -> e.type() == LifecycleEventType.CUSTOMER_UPDATE_OVERDUE).hasSize(1);
        // A note nobody can be sent (no address at the customer) is no update either.
        ticket.addNote("Σε εξέλιξη", true, at("2026-11-23T14:10+02:00"), AGENT);
        assertThat(ticket.updateDue(at("2026-11-23T14:11+02:00"), false)).isEqualTo(UpdateDue.NOTHING);

        ticket.customerInformed("UPDATE", "g@example.gr", "Σε εξέλιξη", at("2026-11-23T14:30+02:00"), AGENT, POLICY);
        assertThat(ticket.events().get(ticket.events().size() - 1).detail()).contains("late=PT30M");
        assertThat(ticket.updateDue(at("2026-11-24T11:29+02:00"), true)).isEqualTo(UpdateDue.NOTHING);
        assertThat(ticket.updateDue(at("2026-11-24T11:30+02:00"), true)).isEqualTo(UpdateDue.REMIND);
    }

    @Test
    void noUpdateIsDueWhileTheTicketWaitsForTheCustomerOrIsResolved() {
        Ticket ticket = filed("2026-11-23T10:00+02:00", Severity.MAJOR, MAJOR);
        ticket.apply(TicketAction.AWAIT_CUSTOMER, "Πρόσβαση στο κέντρο;", null, null, at("2026-11-23T11:00+02:00"), AGENT, POLICY);
        assertThat(ticket.updateDue(at("2026-11-23T16:00+02:00"), true)).isEqualTo(UpdateDue.NOTHING);

        ticket.apply(TicketAction.RESUME, null, null, null, at("2026-11-24T09:00+02:00"), AGENT, POLICY);
        // The customer was just heard from: a full period from when work resumed.
        assertThat(ticket.updateDueAt()).isEqualTo(at("2026-11-24T13:00+02:00"));
        ticket.apply(TicketAction.RESOLVE, "Αντικαταστάθηκε η κάρτα", null, null, at("2026-11-24T10:00+02:00"), AGENT, POLICY);
        assertThat(ticket.updateDue(at("2026-11-24T14:00+02:00"), true)).isEqualTo(UpdateDue.NOTHING);
        assertThatThrownBy(() -> ticket.addNote("x", true, at("2026-11-24T14:00+02:00"), AGENT)).isInstanceOf(BusinessException.class);
    }
}
