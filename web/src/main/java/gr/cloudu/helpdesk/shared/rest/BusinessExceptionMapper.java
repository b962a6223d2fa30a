package gr.cloudu.helpdesk.shared.rest;

import gr.cloudu.helpdesk.shared.application.BusinessMessages;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/** A business rule's refusal, answered with the status its kind calls for and an English sentence. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public jakarta.ws.rs.core.Response toResponse(BusinessException e) {
        int status = switch (e.kind()) {
            case INVALID_INPUT -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
        };
        return ApiError.response(status, new ApiError(e.code(), BusinessMessages.render(e, Locale.ENGLISH), e.field(), null));
    }
}
