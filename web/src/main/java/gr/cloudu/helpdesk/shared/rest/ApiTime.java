package gr.cloudu.helpdesk.shared.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The API shows instants with the offset of Athens, where the contract's clocks run. */
public final class ApiTime {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    private ApiTime() {
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(ATHENS).toOffsetDateTime();
    }
}
