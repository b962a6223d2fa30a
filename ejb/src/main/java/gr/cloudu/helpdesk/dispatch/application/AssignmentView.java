package gr.cloudu.helpdesk.dispatch.application;

import gr.cloudu.helpdesk.dispatch.domain.Assignment;
import gr.cloudu.helpdesk.dispatch.domain.AssignmentStatus;
import gr.cloudu.helpdesk.dispatch.domain.WorkPeriod;

import java.time.Instant;
import java.util.List;

/** An engineer's assignment as the interfaces show it, with its work log. */
public record AssignmentView(Long id, String filingNumber, String subject, String engineer, String assignedBy,
                             Instant assignedAt, String note, AssignmentStatus status, Instant notifiedAt,
                             Instant acknowledgedAt, Instant endedAt, String endReason, Instant workingSince,
                             long workedMinutes, List<WorkView> work, long version) {

    /** One stretch of work. */
    public record WorkView(Instant startedAt, Instant stoppedAt, String note) {
    }

    static AssignmentView of(Assignment a, String subject) {
        return new AssignmentView(a.id(), a.filingNumber(), subject, a.engineer(), a.assignedBy(), a.assignedAt(), a.note(),
                a.status(), a.notifiedAt(), a.acknowledgedAt(), a.endedAt(), a.endReason(), a.workingSince(),
                a.worked().toMinutes(), a.work().stream().map(AssignmentView::work).toList(), a.version());
    }

    private static WorkView work(WorkPeriod p) {
        return new WorkView(p.startedAt(), p.stoppedAt(), p.note());
    }
}
