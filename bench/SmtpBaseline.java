import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Baseline for the dispatch benchmark: the same number of mails of the same size (a text part and a PDF-sized
 * base64 attachment) sent straight to the SMTP server over raw SMTP, one connection per client, nothing else.
 *
 * Usage: java bench/SmtpBaseline.java HOST PORT CLIENTS MAILS ATTACHMENT_BYTES
 */
public class SmtpBaseline {

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        long mails = Long.parseLong(args[3]);
        byte[] attachment = new byte[Integer.parseInt(args[4])];
        new Random(1).nextBytes(attachment);
        String body = Base64.getMimeEncoder().encodeToString(attachment);
        AtomicLong next = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try (Socket socket = new Socket(host, port);
                     BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))) {
                    OutputStream out = socket.getOutputStream();
                    in.readLine();
                    command(out, in, "HELO bench");
                    long n;
                    while ((n = next.incrementAndGet()) <= mails) {
                        command(out, in, "MAIL FROM:<helpdesk@cloud-u.gr>");
                        command(out, in, "RCPT TO:<baseline@cloud-u.gr>");
                        command(out, in, "DATA");
                        String message = "Subject: [CU-2026-" + n + "] baseline\r\nMIME-Version: 1.0\r\n"
                                + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nbaseline\r\n"
                                + "--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" + body
                                + "\r\n--b--\r\n.";
                        command(out, in, message);
                    }
                    command(out, in, "QUIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("mails %d, %.1f s, %.1f mails/s%n", mails, seconds, mails / seconds);
    }

    private static void command(OutputStream out, BufferedReader in, String line) throws Exception {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String reply = in.readLine();
        if (reply == null || reply.charAt(0) == '4' || reply.charAt(0) == '5') {
            throw new IllegalStateException("SMTP refused: " + reply);
        }
    }
}
