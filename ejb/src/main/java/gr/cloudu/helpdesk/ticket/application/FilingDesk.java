package gr.cloudu.helpdesk.ticket.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Files the reports that arrive while others are being written in one transaction together (a group commit), as the
 * mailbox does with its mails: under load each report would otherwise pay for a commit of its own (a two-phase commit
 * of the database and the receipt queue), and the commits, not the work, would set how many reports a second the help
 * desk can take.
 * <p>
 * No thread of its own: the request thread that finds nobody filing files everything waiting, its own report
 * included, and the others wait for their outcome. Each sender still gets an answer only after their ticket is
 * committed, and a report refused for its own reason (an unknown machine, an unauthorised reporter) is refused alone.
 * When the group's transaction fails as a whole, each of its reports is filed again on its own, so one report cannot
 * cost the others theirs.
 */
@ApplicationScoped
public class FilingDesk {

    /** Enough to absorb every client of a busy API at once, few enough to keep one transaction short. */
    private static final int MOST_AT_ONCE = 64;

    @Inject
    private TicketFilingService filing;

    public FilingDesk() {
    }

    /** A desk writing through {@code filing} (tests give it one that needs no server). */
    FilingDesk(TicketFilingService filing) {
        this.filing = filing;
    }

    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private boolean writing;

    /** Files the report with whatever arrived with it, and answers once its ticket is committed (or refused). */
    public TicketDetail file(ArrivedReport report) {
        Waiting mine = new Waiting(report);
        boolean interrupted = false;
        synchronized (this) {
            waiting.add(mine);
        }
        try {
            while (true) {
                List<Waiting> group;
                synchronized (this) {
                    while (mine.outcome == null && writing) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            // The report is in the queue and will be filed: its sender must hear how, so keep waiting.
                            interrupted = true;
                        }
                    }
                    if (mine.outcome != null) {
                        return mine.outcome.ticketOrThrow();
                    }
                    // Nobody is writing and this report has no outcome yet: it is still waiting, and this thread writes.
                    writing = true;
                    group = take();
                }
                try {
                    write(group);
                } finally {
                    synchronized (this) {
                        for (Waiting left : group) {
                            if (left.outcome == null) {
                                left.outcome = FilingOutcome.refused(new IllegalStateException("The report could not be filed"));
                            }
                        }
                        writing = false;
                        notifyAll();
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private List<Waiting> take() {
        List<Waiting> group = new ArrayList<>(Math.min(waiting.size(), MOST_AT_ONCE));
        while (!waiting.isEmpty() && group.size() < MOST_AT_ONCE) {
            group.add(waiting.poll());
        }
        return group;
    }

    // The outcomes are set outside the monitor; the waiters read them after the notifyAll that follows, under it.
    private void write(List<Waiting> group) {
        try {
            List<FilingOutcome> outcomes = filing.fileArrived(group.stream().map(w -> w.report).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).outcome = outcomes.get(i);
            }
        } catch (RuntimeException failed) {
            if (group.size() == 1) {
                group.get(0).outcome = FilingOutcome.refused(failed);
                return;
            }
            for (Waiting one : group) {
                try {
                    one.outcome = filing.fileArrived(List.of(one.report)).get(0);
                } catch (RuntimeException alone) {
                    one.outcome = FilingOutcome.refused(alone);
                }
            }
        }
    }

    private static final class Waiting {
        private final ArrivedReport report;
        private FilingOutcome outcome;

        private Waiting(ArrivedReport report) {
            this.report = report;
        }
    }
}
