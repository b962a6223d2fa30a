package gr.cloudu.helpdesk.notification.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.mail.Session;

import javax.net.SocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Properties;

/**
 * The mail session every sender injects: the server's (`java:jboss/mail/Helpdesk`, HELPDESK_SMTP_*) with
 * Nagle's algorithm off on its SMTP connections. SMTP is a conversation of small commands and replies; with
 * Nagle on, each reply can wait for a delayed acknowledgement (tens of milliseconds), which halved the mails a
 * second JavaMail got through to GreenMail (bench/RESULTS.md, dispatch).
 */
@ApplicationScoped
public class MailSessions {

    @Resource(lookup = "java:jboss/mail/Helpdesk")
    private Session configured;

    private Session withoutDelay;

    @PostConstruct
    void open() {
        Properties properties = new Properties();
        properties.putAll(configured.getProperties());
        properties.put("mail.smtp.socketFactory", new NoDelaySockets());
        properties.put("mail.smtp.socketFactory.fallback", "false");
        // Senders keep their connection between mails (SmtpConnection): one the network has silently dropped must
        // fail the send, not hang the sender forever (JavaMail waits without end by default).
        properties.putIfAbsent("mail.smtp.connectiontimeout", "10000");
        properties.putIfAbsent("mail.smtp.timeout", "60000");
        withoutDelay = Session.getInstance(properties);
    }

    @Produces
    Session helpdeskMail() {
        return withoutDelay;
    }

    private static final class NoDelaySockets extends SocketFactory {

        @Override
        public Socket createSocket() throws IOException {
            return noDelay(new Socket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(new Socket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localAddress, int localPort) throws IOException {
            return noDelay(new Socket(host, port, localAddress, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(new Socket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress localAddress, int localPort) throws IOException {
            return noDelay(new Socket(host, port, localAddress, localPort));
        }

        private static Socket noDelay(Socket socket) throws IOException {
            socket.setTcpNoDelay(true);
            return socket;
        }
    }
}
