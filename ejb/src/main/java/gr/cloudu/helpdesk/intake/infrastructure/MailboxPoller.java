package gr.cloudu.helpdesk.intake.infrastructure;

import gr.cloudu.helpdesk.intake.application.IngestOutcome;
import gr.cloudu.helpdesk.intake.application.MailIntakeService;
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
 * Polls the help-desk mailbox (HELPDESK_IMAP_*) every HELPDESK_IMAP_POLL_SECONDS. Each mail is taken in its
 * own transaction and only after that commits is it removed from the mailbox, so a crash in between leaves
 * it there to be recognised (by its content hash) and removed on the next poll: nothing is lost and nothing
 * is filed twice. A mail that cannot be taken stays in the mailbox and is tried again next time.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class MailboxPoller {

    private static final Logger LOG = Logger.getLogger(MailboxPoller.class.getName());
    private static final int MAX_FAILURES_IN_A_ROW = 5;
    private static final int FLAG_BATCH = 50;

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
                int failedInARow = 0;
                Message[] messages = inbox.getMessages();
                // Flags and arrival times (ENVELOPE brings INTERNALDATE) of the whole mailbox in one command.
                FetchProfile profile = new FetchProfile();
                profile.add(FetchProfile.Item.FLAGS);
                profile.add(FetchProfile.Item.ENVELOPE);
                inbox.fetch(messages, profile);
                List<Message> done = new ArrayList<>();
                // A mail already marked for removal is taken again all the same: the mark is from a pass that
                // stopped before the removal, and only the database, not the mark, knows whether it was kept.
                // Taking a kept mail again answers "already taken" (content hash) and changes nothing.
                for (Message message : messages) {
                    try {
                        if (take(message)) {
                            done.add(message);
                            taken++;
                        }
                        failedInARow = 0;
                    } catch (Exception e) {
                        // One mail that cannot be taken is left for the next pass; when the application is
                        // stopping, or several fail in a row (the database is away), the pass ends here.
                        LOG.log(Level.WARNING, "Mail left in the mailbox to try again: " + e.getMessage(), e);
                        if (stopping(e) || ++failedInARow >= MAX_FAILURES_IN_A_ROW) {
                            LOG.warning("Mailbox pass ended early; the remaining mails stay for the next pass");
                            break;
                        }
                    }
                    if (done.size() >= FLAG_BATCH) {
                        markTaken(inbox, done);
                    }
                }
                markTaken(inbox, done);
            } finally {
                inbox.close(true);
            }
        }
        return taken;
    }

    // Taken mails (each committed already) are marked for removal together: one command instead of one per mail.
    private static void markTaken(Folder inbox, List<Message> done) throws MessagingException {
        if (!done.isEmpty()) {
            inbox.setFlags(done.toArray(Message[]::new), new Flags(Flags.Flag.DELETED), true);
            done.clear();
        }
    }

    private boolean take(Message message) throws MessagingException, java.io.IOException {
        IngestOutcome outcome = intake.ingest(MimeReader.read(message, clock.instant()));
        return outcome == IngestOutcome.TAKEN || outcome == IngestOutcome.ALREADY_TAKEN;
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
