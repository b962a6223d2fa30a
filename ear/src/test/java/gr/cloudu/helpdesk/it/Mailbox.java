package gr.cloudu.helpdesk.it;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.util.Optional;
import java.util.Properties;

/**
 * A recipient's mailbox on the test mail server, read over IMAP as their mail client would (the server keeps
 * mail for any recipient under a login and password equal to the address). Works from inside the application
 * server too, where the test mail server's own API is out of reach.
 */
public final class Mailbox {

    /** What a test wants from the messages in the mailbox. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(Message[] messages) throws Exception;
    }

    private Mailbox() {
    }

    /** Reads the recipient's inbox; empty while nothing was delivered to them yet. */
    public static <T> Optional<T> read(String address, Reader<T> reader) throws Exception {
        Properties settings = new Properties();
        settings.put("mail.imap.host", "localhost");
        settings.put("mail.imap.port", System.getenv().getOrDefault("HELPDESK_IMAP_PORT", "3143"));
        Store store = Session.getInstance(settings).getStore("imap");
        try {
            store.connect(address, address);
        } catch (AuthenticationFailedException e) {
            return Optional.empty();
        }
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return Optional.ofNullable(reader.read(inbox.getMessages()));
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    /** The first message whose subject starts so, as the reader makes it; empty if there is none. */
    public static <T> Optional<T> first(String address, String subjectStart, Reader<T> reader) throws Exception {
        return read(address, messages -> {
            for (Message message : messages) {
                if (message.getSubject() != null && message.getSubject().startsWith(subjectStart)) {
                    return reader.read(new Message[]{message});
                }
            }
            return null;
        });
    }

    static boolean has(String address, String subjectStart) throws Exception {
        return first(address, subjectStart, m -> Boolean.TRUE).isPresent();
    }
}
