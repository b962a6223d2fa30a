package gr.cloudu.helpdesk.shared.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The API's error body: a short code for programs, a sentence for people, and the field at fault. */
@JsonbPropertyOrder({"error", "message", "field", "incident"})
public record ApiError(String error, String message, String field, String incident) {

    public static Response response(Response.Status status, String error, String message) {
        return response(status.getStatusCode(), new ApiError(error, message, null, null));
    }

    public static Response response(int status, ApiError body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
