package gr.cloudu.helpdesk.shared.application;

import gr.cloudu.helpdesk.shared.domain.BusinessException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Turns a business exception into the human sentence of the reader's language. */
public final class BusinessMessages {

    private static final String BUNDLE = "gr.cloudu.helpdesk.shared.BusinessMessages";

    private BusinessMessages() {
    }

    public static String render(BusinessException e, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, BusinessMessages.class.getClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(e.code());
        } catch (MissingResourceException missing) {
            pattern = bundle.getString("generic");
        }
        return new MessageFormat(pattern, locale).format(e.arguments());
    }
}
