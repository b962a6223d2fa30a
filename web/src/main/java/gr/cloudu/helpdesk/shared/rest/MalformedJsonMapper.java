package gr.cloudu.helpdesk.shared.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is not the JSON the resource expects is the caller's mistake: 400, never 500 (413 when it was too long),
 * naming the field whose value was of the wrong kind when the binding says which.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {

    private static final Pattern PROPERTY = Pattern.compile("deserialize property '([^']+)'");

    @Override
    public Response toResponse(ProcessingException e) {
        if (RequestSizeLimit.TooLarge.among(e)) {
            return RequestSizeLimit.tooLarge();
        }
        String field = field(e);
        return ApiError.response(400, new ApiError("malformed_json", field == null ? "The request body is not valid JSON for this request."
                : "The value of \"" + field + "\" is not of the kind this request expects.", field, null));
    }

    /**
     * The field whose value could not be read, as the binding names it in its messages ("Unable to deserialize property
     * 'x'"), nested ones joined with dots ({@code parts.quantity}); null when the body is not JSON at all.
     */
    static String field(Throwable e) {
        List<String> path = List.of();
        for (Throwable t = e; t != null; t = t.getCause()) {
            List<String> named = new ArrayList<>();
            Matcher property = PROPERTY.matcher(t.getMessage() == null ? "" : t.getMessage());
            while (property.find()) {
                named.add(property.group(1));
            }
            // The outermost message repeats the inner ones: the longest chain is the whole path.
            if (named.size() > path.size()) {
                path = named;
            }
        }
        return path.isEmpty() ? null : String.join(".", path);
    }
}
