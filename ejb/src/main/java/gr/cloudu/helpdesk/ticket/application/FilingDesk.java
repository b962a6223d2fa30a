package gr.cloudu.helpdesk.ticket.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Files the reports that arrive over the API while others are being written in one transaction together (a group
 * commit), as the mailbox does with its mails: under load each report would otherwise pay for a commit of its own (a
 * two-phase commit of the database and the receipt queue), and the commits, not the work, would set how many reports a
 * second the help desk can take.
 * <p>
 * No thread of its own: the request thread that finds nobody writing files everything waiting, its own report
 * included, and the others wait for their outcome. Each sender still gets an answer only after their ticket is
 * committed, and a report refused for its own reason (an unknown machine, an unauthorised reporter) is refused alone.
 * When the group fails while it is written (a database error), its transaction is rolled back and each of its senders
 * files their report again on their own, at the same time, so one report cannot cost the others theirs. The waiting is done here, outside any bean: a
 * waiting request holds no instance of a pooled bean, so the one writing always gets the instance it needs.
 */
@ApplicationScoped
public class FilingDesk {

    /** Enough to absorb every request thread of the server at once, few enough to keep one transaction short. */
    private static final int MOST_AT_ONCE = 64;

    @Inject
    private TicketFilingService filing;

    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private boolean writing;

    public FilingDesk() {
    }

    /** A desk writing through {@code filing} (tests give it one that needs no server). */
    FilingDesk(TicketFilingService filing) {
        this.filing = filing;
    }

    /**
     * Files a report arriving now from the caller, with whatever arrives with it, and answers once its ticket is
     * committed; a refusal is thrown as the filing alone would throw it.
     */
    public TicketDetail file(ReportFault report) {
        Waiting mine = new Waiting(filing.arrived(report));
        boolean interrupted = false;
        synchronized (this) {
            waiting.add(mine);
        }
        try {
            while (true) {
                List<Waiting> group;
                synchronized (this) {
                    while (mine.outcome == null && !mine.alone && writing) {
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
                    if (mine.alone) {
                        break;
                    }
                    // Nobody is writing and this report has no outcome yet: it is still waiting, and this thread writes.
                    writing = true;
                    group = take();
                }
                try {
                    write(group);
                } finally {
                    synchronized (this) {
                        writing = false;
                        notifyAll();
                    }
                }
            }
            return fileAlone(mine.report).ticketOrThrow();
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

    /**
     * Writes the group and settles each of its reports: an outcome, or "again alone" when the group's transaction was
     * surely rolled back. Throws nothing, and leaves no report of the group without either.
     */
    private void write(List<Waiting> group) {
        List<FilingOutcome> outcomes = List.of();
        Throwable failure = null;
        try {
            outcomes = filing.fileArrived(group.stream().map(w -> w.report).toList());
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        boolean again = failure instanceof RuntimeException && group.size() > 1 && failedBeforeCommit(failure);
        synchronized (this) {
            for (int i = 0; i < group.size(); i++) {
                Waiting one = group.get(i);
                if (again) {
                    one.alone = true;
                } else if (failure instanceof RuntimeException refused) {
                    one.outcome = FilingOutcome.refused(refused);
                } else if (failure == null && outcomes.size() == group.size() && outcomes.get(i) != null) {
                    one.outcome = outcomes.get(i);
                } else {
                    one.outcome = FilingOutcome.refused(new IllegalStateException("The report could not be filed", failure));
                }
            }
        }
    }

    private FilingOutcome fileAlone(ArrivedReport report) {
        try {
            return filing.fileArrived(List.of(report)).get(0);
        } catch (RuntimeException failed) {
            return FilingOutcome.refused(failed);
        }
    }

    /**
     * Whether the group failed while it was being written, before its commit: the transaction was then surely rolled
     * back, and each report can be filed again. A failure of the commit itself is not certain: the database commits last
     * and alone (one phase), and a commit whose answer was lost reads as rolled back; filing the reports again could
     * file them twice, so their senders get the failure instead, as a single report's sender would.
     */
    private static boolean failedBeforeCommit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RollbackException || cause instanceof HeuristicMixedException || cause instanceof SystemException) {
                return false;
            }
        }
        return true;
    }

    /** How many reports wait for a writer (tests wait for their reports to queue). */
    synchronized int waiting() {
        return waiting.size();
    }

    // Its outcome and "again alone" are written and read under the desk's monitor.
    private static final class Waiting {
        private final ArrivedReport report;
        private FilingOutcome outcome;
        private boolean alone;

        private Waiting(ArrivedReport report) {
            this.report = report;
        }
    }
}
