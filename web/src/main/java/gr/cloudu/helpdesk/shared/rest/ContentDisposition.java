package gr.cloudu.helpdesk.shared.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Download headers for files customers sent: a safe ASCII name plus the real (Greek) one per RFC 6266. */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String safe = fileName.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return "attachment; filename=\"" + safe.replaceAll("[^ -~]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
