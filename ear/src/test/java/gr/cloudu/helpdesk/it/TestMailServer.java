package gr.cloudu.helpdesk.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The real mail servers of the tests: SMTP, where the help desk sends (HELPDESK_SMTP_PORT points here) and
 * where tests send as customers, and IMAP, where the help desk reads its mailbox (HELPDESK_IMAP_*). One for
 * the whole run: mail may be sent by any test's filing, at any time. Mail to {@link #HELP_DESK} lands in the
 * mailbox the application polls.
 */
public final class TestMailServer {

    public static final String HELP_DESK = "helpdesk@cloud-u.gr";
    public static final String FAX_GATEWAY = "fax-gateway@faxserver.example.gr";

    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        if (server == null) {
            int smtp = Integer.parseInt(System.getProperty("helpdesk.test.smtp-port", "3025"));
            int imap = Integer.parseInt(System.getProperty("helpdesk.test.imap-port", "3143"));
            server = new GreenMail(new ServerSetup[]{
                    new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
            server.start();
            server.setUser(HELP_DESK, "helpdesk", "helpdesk-imap-secret");
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Takes the mail server down, as an outage would; {@link #restart()} brings it back. */
    public static synchronized void stop() {
        get().stop();
    }

    /** Brings the mail server back after {@link #stop()}, with the help desk's mailbox login. */
    public static synchronized void restart() {
        get().start();
        server.setUser(HELP_DESK, "helpdesk", "helpdesk-imap-secret");
    }
}
