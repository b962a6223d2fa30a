package gr.cloudu.helpdesk.sla.domain;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * The company's calendar as the administrator keeps it: the daily working hours in the company's time zone
 * and the closure days of its own (a strike, a move). There is one; {@link #ID} is its key. Public holidays
 * are not kept here, they are computed ({@link GreekHolidays}).
 */
@Entity
@Table(name = "company_calendar")
public class CompanyCalendar {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "closure_day", joinColumns = @JoinColumn(name = "calendar_id"))
    @MapKeyColumn(name = "closed_on")
    @Column(name = "reason", nullable = false)
    private Map<LocalDate, String> closures = new TreeMap<>();

    @Version
    private long version;

    protected CompanyCalendar() {
    }

    /** Sets the daily working hours; the contract counts 7 of them, but the company may choose which. */
    public void setHours(LocalTime opens, LocalTime closes, String zone) {
        if (opens == null) {
            throw BusinessException.invalid("opensAt", "required", "opensAt");
        }
        if (closes == null) {
            throw BusinessException.invalid("closesAt", "required", "closesAt");
        }
        if (!closes.isAfter(opens)) {
            throw BusinessException.invalid("closesAt", "closes_before_opening", opens, closes);
        }
        if (zone != null && !zone.isBlank()) {
            try {
                ZoneId.of(zone.strip());
            } catch (DateTimeException e) {
                throw BusinessException.invalid("timeZone", "unknown_time_zone", zone);
            }
            timeZone = zone.strip();
        }
        opensAt = opens;
        closesAt = closes;
    }

    public void addClosure(LocalDate day, String reason) {
        if (day == null) {
            throw BusinessException.invalid("date", "required", "date");
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("reason", "required", "reason");
        }
        closures.put(day, reason.strip());
    }

    public boolean removeClosure(LocalDate day) {
        return closures.remove(day) != null;
    }

    public BusinessCalendar toBusinessCalendar() {
        return new BusinessCalendar(ZoneId.of(timeZone), opensAt, closesAt, closures);
    }

    public String timeZone() {
        return timeZone;
    }

    public LocalTime opensAt() {
        return opensAt;
    }

    public LocalTime closesAt() {
        return closesAt;
    }

    public Map<LocalDate, String> closures() {
        return Map.copyOf(closures);
    }

    public long version() {
        return version;
    }
}
