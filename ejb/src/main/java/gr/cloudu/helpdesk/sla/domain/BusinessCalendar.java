package gr.cloudu.helpdesk.sla.domain;

import gr.cloudu.helpdesk.shared.domain.ServiceTime;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * The company's working time (DOMAIN.md §1): Monday to Friday, one daily window of working hours in the
 * company's time zone, Greek public holidays and the company's own closure days off.
 *
 * <p>Windows are laid out in local time and converted to instants day by day, so a working day is 7 hours
 * on both sides of a daylight-saving change; the change happens at night, outside any window.
 */
public final class BusinessCalendar implements ServiceTime {

    // More than any contract term: a count that needs longer than this is a misconfigured calendar.
    private static final int MAX_DAYS_SCANNED = 3 * 366;

    private final ZoneId zone;
    private final LocalTime opensAt;
    private final LocalTime closesAt;
    private final Map<LocalDate, String> closures;

    public BusinessCalendar(ZoneId zone, LocalTime opensAt, LocalTime closesAt, Map<LocalDate, String> closures) {
        this.zone = Objects.requireNonNull(zone);
        this.opensAt = Objects.requireNonNull(opensAt);
        this.closesAt = Objects.requireNonNull(closesAt);
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("A working day closes after it opens: " + opensAt + "-" + closesAt);
        }
        this.closures = Map.copyOf(closures);
    }

    /** The default of API.md: 08:00-15:00 Europe/Athens, no closure days of the company's own. */
    public static BusinessCalendar standard() {
        return new BusinessCalendar(ZoneId.of("Europe/Athens"), LocalTime.of(8, 0), LocalTime.of(15, 0), Map.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !GreekHolidays.isHoliday(date) && !closures.containsKey(date);
    }

    /** Why a weekday is not worked (a holiday's or closure's name), or null. */
    public String dayOffReason(LocalDate date) {
        String closure = closures.get(date);
        return closure != null ? closure : GreekHolidays.of(date.getYear()).get(date);
    }

    @Override
    public Instant plus(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Business time does not run backwards: " + amount);
        }
        if (amount.isZero()) {
            return from;
        }
        Duration remaining = amount;
        LocalDate date = LocalDate.ofInstant(from, zone);
        for (int scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++, date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            Instant open = date.atTime(opensAt).atZone(zone).toInstant();
            Instant close = date.atTime(closesAt).atZone(zone).toInstant();
            Instant start = from.isAfter(open) ? from : open;
            if (!start.isBefore(close)) {
                continue;
            }
            Duration available = Duration.between(start, close);
            if (remaining.compareTo(available) <= 0) {
                return start.plus(remaining);
            }
            remaining = remaining.minus(available);
        }
        throw new IllegalStateException("No working time within " + MAX_DAYS_SCANNED + " days of " + from);
    }

    @Override
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate date = LocalDate.ofInstant(from, zone); !date.isAfter(last); date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            Instant open = date.atTime(opensAt).atZone(zone).toInstant();
            Instant close = date.atTime(closesAt).atZone(zone).toInstant();
            Instant start = from.isAfter(open) ? from : open;
            Instant end = to.isBefore(close) ? to : close;
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /** Whether the company is at work at that moment. */
    public boolean isWorkingTime(Instant at) {
        LocalDate date = LocalDate.ofInstant(at, zone);
        if (!isWorkingDay(date)) {
            return false;
        }
        LocalTime time = LocalTime.ofInstant(at, zone);
        return !time.isBefore(opensAt) && time.isBefore(closesAt);
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalTime opensAt() {
        return opensAt;
    }

    public LocalTime closesAt() {
        return closesAt;
    }

    public Map<LocalDate, String> closures() {
        return closures;
    }

    public Duration workingDay() {
        return Duration.between(opensAt, closesAt);
    }
}
