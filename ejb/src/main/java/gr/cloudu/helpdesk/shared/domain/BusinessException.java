package gr.cloudu.helpdesk.shared.domain;

import java.util.Arrays;

/**
 * A business rule said no. The one exception family of the help desk: its {@link Kind} tells the
 * interfaces how to answer (HTTP status, Faces message), its {@code code} is the short error code of
 * the API and the key of the message in {@code BusinessMessages} (English and Greek), and {@code field}
 * names the offending input where there is one. Anything else thrown is a bug.
 */
public class BusinessException extends RuntimeException {

    /** What kind of "no" this is; the interfaces map each to their own way of answering. */
    public enum Kind { INVALID_INPUT, NOT_FOUND, CONFLICT, FORBIDDEN }

    private final Kind kind;
    private final String code;
    private final String field;
    private final Object[] arguments;

    public BusinessException(Kind kind, String code, String field, Object... arguments) {
        super(code + (field == null ? "" : " (" + field + ")") + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public static BusinessException invalid(String field, String code, Object... arguments) {
        return new BusinessException(Kind.INVALID_INPUT, code, field, arguments);
    }

    public static BusinessException notFound(String code, Object... arguments) {
        return new BusinessException(Kind.NOT_FOUND, code, null, arguments);
    }

    public static BusinessException conflict(String code, Object... arguments) {
        return new BusinessException(Kind.CONFLICT, code, null, arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
