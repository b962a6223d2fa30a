package gr.cloudu.helpdesk.shared.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A way of counting the time a contract promises: the company's business hours, or round the clock.
 * Service-level deadlines are "so many hours of this time after the report", and pauses are measured in it.
 */
public interface ServiceTime {

    /** Round the clock, every day: plain elapsed time. */
    ServiceTime ROUND_THE_CLOCK = new ServiceTime() {
        @Override
        public Instant plus(Instant from, Duration amount) {
            return from.plus(amount);
        }

        @Override
        public Duration between(Instant from, Instant to) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }
    };

    /** The moment at which {@code amount} of this time has run since {@code from}. */
    Instant plus(Instant from, Duration amount);

    /** How much of this time runs between two moments; zero when {@code to} is not after {@code from}. */
    Duration between(Instant from, Instant to);
}
