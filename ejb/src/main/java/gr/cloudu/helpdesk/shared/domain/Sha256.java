package gr.cloudu.helpdesk.shared.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 as lowercase hex: the fingerprint of life-cycle entries, archived mails and filed documents. */
public final class Sha256 {

    private static final Pattern CLAIM = Pattern.compile("(?i)sha256=");

    private Sha256() {
    }

    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Text from outside (a file name, a Message-ID) written beside the hashes a record vouches for: any "sha256=" in it is
     * written "sha256:", so a sender cannot make it pass for one of them.
     */
    public static String unclaimed(String text) {
        return text == null ? null : CLAIM.matcher(text).replaceAll("sha256:");
    }
}
