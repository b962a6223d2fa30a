package gr.cloudu.helpdesk.notification.application;

import jakarta.mail.Session;

import javax.net.SocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Properties;

/**
 * The server's mail session with Nagle's algorithm off on its SMTP connections. SMTP is a conversation of
 * small commands and replies; with Nagle on, each reply can wait for a delayed acknowledgement (tens of
 * milliseconds), which halved the mails a second in bench/dispatch.sh.
 */
public final class MailSessions {

    private MailSessions() {
    }

    public static Session withoutDelay(Session configured) {
        Properties properties = new Properties();
        properties.putAll(configured.getProperties());
        properties.put("mail.smtp.socketFactory", new NoDelaySockets());
        properties.put("mail.smtp.socketFactory.fallback", "false");
        return Session.getInstance(properties);
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
