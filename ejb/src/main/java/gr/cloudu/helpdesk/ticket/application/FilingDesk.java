package gr.cloudu.helpdesk.ticket.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.HeuristicCommitException;
import jakarta.transaction.HeuristicMixedException;
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
 * When the group's transaction is rolled back as a whole, each of its senders files their report again on their own,
 * at the same time, so one report cannot cost the others theirs. The waiting is done here, outside any bean: a
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
     * rolled back. Throws nothing, so that no report of the group is left without either.
     */
    private void write(List<Waiting> group) {
        try {
            List<FilingOutcome> outcomes = filing.fileArrived(group.stream().map(w -> w.report).toList());
            synchronized (this) {
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).outcome = outcomes.get(i);
                }
            }
        } catch (RuntimeException failed) {
            boolean again = group.size() > 1 && !outcomeUnknown(failed);
            synchronized (this) {
                for (Waiting one : group) {
                    if (again) {
                        one.alone = true;
                    } else {
                        one.outcome = FilingOutcome.refused(failed);
                    }
                }
            }
        } catch (Error failed) {
            synchronized (this) {
                for (Waiting one : group) {
                    one.outcome = FilingOutcome.refused(new IllegalStateException("The report could not be filed", failed));
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
     * Whether the transaction may have committed in part or in whole although it failed: filing the reports again would
     * then file some twice, so their senders get the failure instead.
     */
    private static boolean outcomeUnknown(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HeuristicMixedException || cause instanceof HeuristicCommitException
                    || cause instanceof SystemException) {
                return true;
            }
        }
        return false;
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
