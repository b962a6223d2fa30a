package gr.cloudu.helpdesk.sla.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The company calendar as shown: working hours, the public holidays of the years asked for, closure days. */
public record CalendarView(String timeZone, LocalTime opensAt, LocalTime closesAt, List<String> workingDays,
                           long workingMinutesPerDay, List<DayOff> holidays, List<DayOff> closures, long version) {

    /** A day not worked, and why. */
    public record DayOff(LocalDate date, String reason) {
    }
}
