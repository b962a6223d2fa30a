package gr.cloudu.helpdesk.intake.infrastructure;

import gr.cloudu.helpdesk.intake.application.IngestOutcome;
import gr.cloudu.helpdesk.intake.application.MailIntakeService;
import gr.cloudu.helpdesk.intake.application.ReceivedMail;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the help-desk mailbox (HELPDESK_IMAP_*) every HELPDESK_IMAP_POLL_SECONDS. The mails are fetched whole in
 * batches (one IMAP command for up to {@value #BATCH} mails or {@value #BATCH_BYTES} bytes) and each batch is taken
 * in one transaction; only after it commits are its mails removed from the mailbox, so a crash in between leaves
 * them there to be recognised (by their identity hash) and removed on the next poll: nothing is lost and nothing
 * is filed twice. A batch that fails is taken again mail by mail, so one mail that cannot be taken stays in the
 * mailbox, to be tried again next time, without holding back the others.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class MailboxPoller {

    private static final Logger LOG = Logger.getLogger(MailboxPoller.class.getName());
    private static final int MAX_FAILURES_IN_A_ROW = 5;
    private static final int BATCH = 50;
    private static final long BATCH_BYTES = 8L * 1024 * 1024;
    private static final FetchProfile WHOLE_MAILS = new FetchProfile();

    static {
        WHOLE_MAILS.add(IMAPFolder.FetchProfileItem.MESSAGE);
    }

    @Resource
    private TimerService timers;

    @Inject
    private MailIntakeService intake;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "helpdesk.imap.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "helpdesk.imap.port", defaultValue = "993")
    private int port;

    // Optional, not an empty default: MicroProfile Config treats "" as missing and would fail the deployment.
    @Inject
    @ConfigProperty(name = "helpdesk.imap.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "helpdesk.imap.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "helpdesk.imap.ssl", defaultValue = "true")
    private boolean ssl;

    @Inject
    @ConfigProperty(name = "helpdesk.imap.poll.seconds", defaultValue = "30")
    private long pollSeconds;

    private final AtomicBoolean polling = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.info("No help-desk mailbox configured (HELPDESK_IMAP_HOST): e-mail intake is off");
            return;
        }
        long interval = Math.max(1, pollSeconds) * 1000;
        timers.createIntervalTimer(Math.min(interval, 5000), interval, new TimerConfig("mailbox-poll", false));
        LOG.info(() -> "Polling the help-desk mailbox " + user.orElse("") + "@" + host.get() + ":" + port + " every " + pollSeconds + " s");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        pollOnce();
    }

    /** One pass over the mailbox; a pass still running when the next falls due is not doubled. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int pollOnce() {
        if (!polling.compareAndSet(false, true)) {
            return 0;
        }
        try {
            return poll();
        } catch (MessagingException e) {
            LOG.warning(() -> "Help-desk mailbox not reachable, will try again: " + e.getMessage());
            return 0;
        } finally {
            polling.set(false);
        }
    }

    private int poll() throws MessagingException {
        Properties properties = new Properties();
        String protocol = ssl ? "imaps" : "imap";
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "60000");
        // A mail comes in one FETCH, not in 16 KB pieces.
        properties.put("mail." + protocol + ".partialfetch", "false");
        Session session = Session.getInstance(properties);
        int taken = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(host.orElseThrow(), port, user.orElse(null), password.orElse(null));
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                Message[] messages = inbox.getMessages();
                // Flags, arrival times and sizes of the whole mailbox in one command. Not the ENVELOPE: it would have
                // the server parse every mail's headers, which we read ourselves, and a server that cannot parse
                // one mail's headers (GreenMail, on a broken From) fails the command for the whole mailbox.
                FetchProfile profile = new FetchProfile();
                profile.add(FetchProfile.Item.FLAGS);
                profile.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
                profile.add(IMAPFolder.FetchProfileItem.SIZE);
                inbox.fetch(messages, profile);
                // A mail already marked for removal is taken again all the same: the mark is from a pass that
                // stopped before the removal, and only the database, not the mark, knows whether it was kept.
                // Taking a kept mail again answers "already taken" (identity hash) and changes nothing.
                Failures failures = new Failures();
                for (int from = 0; from < messages.length && !failures.giveUp(); ) {
                    int to = batchEnd(messages, from);
                    taken += takeBatch(inbox, java.util.Arrays.copyOfRange(messages, from, to), failures);
                    from = to;
                }
            } finally {
                inbox.close(true);
            }
        }
        return taken;
    }

    // Up to BATCH mails, and no more than BATCH_BYTES of them unless a single mail is larger.
    private static int batchEnd(Message[] messages, int from) throws MessagingException {
        int to = from;
        long bytes = 0;
        while (to < messages.length && to - from < BATCH) {
            bytes += Math.max(0, messages[to].getSize());
            if (bytes > BATCH_BYTES && to > from) {
                break;
            }
            to++;
        }
        return to;
    }

    /** Fetches the batch whole, takes it in one transaction (or mail by mail if that fails), marks what was taken. */
    private int takeBatch(Folder inbox, Message[] batch, Failures failures) throws MessagingException {
        try {
            inbox.fetch(batch, WHOLE_MAILS);
        } catch (MessagingException e) {
            if (!inbox.isOpen()) {
                throw e;
            }
            // The server would not hand over one of them in the batch: each is read on its own below, so the others
            // are not held back by it.
            LOG.log(Level.WARNING, "Batch fetch refused, the mails are read one by one: " + e.getMessage(), e);
        }
        List<Message> read = new ArrayList<>();
        List<ReceivedMail> mails = new ArrayList<>();
        for (Message message : batch) {
            try {
                mails.add(MimeReader.read(message, clock.instant()));
                read.add(message);
            } catch (MessagingException | java.io.IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Mail left in the mailbox to try again: " + e.getMessage(), e);
            }
        }
        List<Message> done = new ArrayList<>();
        try {
            List<IngestOutcome> outcomes = intake.ingestAll(mails);
            for (int i = 0; i < outcomes.size(); i++) {
                if (taken(outcomes.get(i))) {
                    done.add(read.get(i));
                }
            }
            failures.none();
        } catch (RuntimeException batchFailed) {
            if (stopping(batchFailed)) {
                failures.stop();
            }
            // One mail spoiled the batch (or the database is away): the mails are taken one by one.
            for (int i = 0; i < mails.size() && !failures.giveUp(); i++) {
                try {
                    if (taken(intake.ingest(mails.get(i)))) {
                        done.add(read.get(i));
                    }
                    failures.none();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Mail left in the mailbox to try again: " + e.getMessage(), e);
                    failures.one(e);
                }
            }
        }
        // Taken mails (committed already) are marked for removal together: one command instead of one per mail.
        if (!done.isEmpty()) {
            inbox.setFlags(done.toArray(Message[]::new), new Flags(Flags.Flag.DELETED), true);
        }
        // The whole mails were kept in memory by the fetch; the batch is done with them.
        for (Message message : batch) {
            ((IMAPMessage) message).invalidateHeaders();
        }
        return done.size();
    }

    private static boolean taken(IngestOutcome outcome) {
        return outcome == IngestOutcome.TAKEN || outcome == IngestOutcome.ALREADY_TAKEN;
    }

    /** When the pass ends early: the application is stopping, or several mails failed in a row (the database is away). */
    private static final class Failures {
        private int inARow;
        private boolean stop;

        void none() {
            inARow = 0;
        }

        void one(Throwable e) {
            if (stopping(e) || ++inARow >= MAX_FAILURES_IN_A_ROW) {
                LOG.warning("Mailbox pass ended early; the remaining mails stay for the next pass");
                stop = true;
            }
        }

        void stop() {
            stop = true;
        }

        boolean giveUp() {
            return stop;
        }
    }

    private static boolean stopping(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("ComponentIsStoppedException")) {
                return true;
            }
        }
        return false;
    }
}
