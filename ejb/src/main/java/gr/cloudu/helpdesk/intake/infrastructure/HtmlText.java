package gr.cloudu.helpdesk.intake.infrastructure;

import java.util.regex.Pattern;

/**
 * HTML mail reduced to its text. The result is shown as text, never as markup, so nothing a sender
 * wrote can run in an agent's browser; scripts and styles are dropped with their content.
 */
final class HtmlText {

    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style|head)[^>]*>.*?</\\1\\s*>");
    private static final Pattern BREAKS = Pattern.compile("(?i)<\\s*(br|/p|/div|/tr|/li|/h[1-6])[^>]*>");
    private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n\\s*\\n+");

    private HtmlText() {
    }

    static String toPlainText(String html) {
        String text = INVISIBLE.matcher(html).replaceAll("");
        text = BREAKS.matcher(text).replaceAll("\n");
        text = TAGS.matcher(text).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }
}
