package gr.cloudu.helpdesk.shared.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No request body over {@link #MAX_BYTES}: the largest one a caller has reason to send is a CSV import of a
 * customer's machines or contacts (tens of thousands of rows fit). A declared length over it is refused at once
 * with 413, before authentication reads anything; a body sent without a length is counted while it is read and
 * refused the same way when it passes the limit ({@link MalformedJsonMapper}, {@link UnexpectedExceptionMapper}).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestSizeLimit implements ContainerRequestFilter {

    static final long MAX_BYTES = 2L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(tooLarge());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream()));
        }
    }

    static Response tooLarge() {
        return ApiError.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too_large",
                "The request body is larger than " + MAX_BYTES / (1024 * 1024) + " MiB.");
    }

    /** Thrown by the counting stream; whoever maps the read's failure answers 413 when it finds this among the causes. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("request body over " + MAX_BYTES + " bytes");
        }

        static boolean among(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof TooLarge) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Limited extends FilterInputStream {
        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > MAX_BYTES) {
                throw new TooLarge();
            }
        }
    }
}
