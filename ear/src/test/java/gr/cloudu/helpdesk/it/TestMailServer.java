package gr.cloudu.helpdesk.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The real SMTP server the help desk sends to during the tests (the server's HELPDESK_SMTP_PORT points
 * here). One for the whole test run: mail may be sent by any test's filing, at any time.
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        if (server == null) {
            int port = Integer.parseInt(System.getProperty("helpdesk.test.smtp-port", "3025"));
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }
}
