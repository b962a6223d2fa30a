package gr.cloudu.helpdesk.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants on pages, in Athens time, where the contract's clocks run. */
@Named
@ApplicationScoped
public class TimeFormat {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    public String athens(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(ATHENS));
    }
}
