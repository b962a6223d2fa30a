package gr.cloudu.helpdesk.ticket.domain;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The permanent number under which a fault report is filed in the customer's folder, such as
 * {@code CU-2026-000123}: the year of receipt and a serial that is never reused. Shown to the customer
 * and in every mail subject as {@code [CU-2026-000123]}.
 */
@Embeddable
public class FilingNumber {

    private static final Pattern FORMAT = Pattern.compile("CU-(\\d{4})-(\\d{6,})");
    private static final Pattern QUOTED = Pattern.compile("CU-\\d{4}-\\d{6,}", Pattern.CASE_INSENSITIVE);

    @Column(name = "filing_number", nullable = false, unique = true, updatable = false)
    private String value;

    protected FilingNumber() {
    }

    private FilingNumber(String value) {
        this.value = value;
    }

    public static FilingNumber of(int year, long serial) {
        if (serial < 1) {
            throw new IllegalArgumentException("A filing serial starts at 1, was " + serial);
        }
        return new FilingNumber(String.format("CU-%04d-%06d", year, serial));
    }

    /** Reads a filing number typed or quoted by a person or a system. */
    public static FilingNumber parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (m == null || !m.matches()) {
            throw BusinessException.notFound("ticket_not_found", text);
        }
        return new FilingNumber(m.group(0));
    }

    /** The first filing number quoted somewhere in a text (a mail's subject, a Message-ID), in any case. */
    public static Optional<FilingNumber> quotedIn(String text) {
        Matcher m = text == null ? null : QUOTED.matcher(text);
        return m != null && m.find() ? Optional.of(new FilingNumber(m.group().toUpperCase(java.util.Locale.ROOT))) : Optional.empty();
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FilingNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
