package gr.cloudu.helpdesk.notification.application;

import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of the mails we send, in Greek or English. */
public final class MailText {

    // Without this, an English mail on a server whose default locale is Greek would come out in Greek.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private MailText() {
    }

    public static ResourceBundle in(Locale language) {
        return ResourceBundle.getBundle("gr.cloudu.helpdesk.notification.Mail", language, MailText.class.getClassLoader(),
                NO_FALLBACK);
    }

    public static ResourceBundle in(String languageTag) {
        return in(Locale.forLanguageTag(languageTag == null ? "el" : languageTag));
    }
}
