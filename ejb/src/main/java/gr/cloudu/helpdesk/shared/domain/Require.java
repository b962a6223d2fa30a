package gr.cloudu.helpdesk.shared.domain;

import java.util.regex.Pattern;

/** Input checks used by factories of commands and value objects; each failure names its field. */
public final class Require {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Require() {
    }

    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid(field, "required", field);
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw BusinessException.invalid(field, "too_long", field, maxLength);
        }
        return trimmed;
    }

    public static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(field, value, maxLength);
    }

    public static String email(String field, String value) {
        String trimmed = text(field, value, 254);
        if (!EMAIL.matcher(trimmed).matches()) {
            throw BusinessException.invalid(field, "invalid_email", field);
        }
        return trimmed.toLowerCase(java.util.Locale.ROOT);
    }

    public static String code(String field, String value) {
        String trimmed = text(field, value, 40);
        if (!trimmed.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw BusinessException.invalid(field, "invalid_code", field);
        }
        return trimmed;
    }

    /** A date written the ISO way, {@code YYYY-MM-DD}, as the API and the import files give it. */
    public static java.time.LocalDate date(String field, String value) {
        String text = text(field, value, 10);
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw BusinessException.invalid(field, "invalid_date", field);
        }
    }

    /** A whole number written in a query parameter, or null when there is none. */
    public static Integer optionalInteger(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid(field, "not_a_number", field, value);
        }
    }

    /** A time of day such as {@code 08:00}. */
    public static java.time.LocalTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid(field, "required", field);
        }
        try {
            return java.time.LocalTime.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw BusinessException.invalid(field, "invalid_time", field, value);
        }
    }

    /** A timestamp with offset such as {@code 2027-04-30T14:30:00+03:00}, or null when none is given. */
    public static java.time.Instant optionalTimestamp(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // An unencoded "+" of the offset in a query string arrives as a space.
            return java.time.OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw BusinessException.invalid(field, "invalid_timestamp", field, value);
        }
    }

    public static <E extends Enum<E>> E oneOf(String field, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid(field, "required", field);
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid(field, "not_one_of", field, java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
