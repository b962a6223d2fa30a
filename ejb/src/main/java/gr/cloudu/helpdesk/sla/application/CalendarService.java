package gr.cloudu.helpdesk.sla.application;

import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.customer.domain.Contract;
import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.customer.domain.SlaClock;
import gr.cloudu.helpdesk.customer.domain.SlaTerm;
import gr.cloudu.helpdesk.security.application.CallerScopes;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.ServiceTime;
import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.sla.domain.BusinessCalendar;
import gr.cloudu.helpdesk.sla.domain.CompanyCalendar;
import gr.cloudu.helpdesk.sla.domain.GreekHolidays;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The company calendar (API.md "Business calendar"): anyone signed in reads it and previews deadlines;
 * the administrator sets the working hours and the closure days, and every running deadline is recounted.
 */
@Stateless
@RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER", "CUSTOMER", "API"})
public class CalendarService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CustomerQueries customers;

    @Inject
    private CallerScopes callers;

    @Inject
    private Event<CalendarChanged> changes;

    /** The calendar with the public holidays of {@code fromYear} to {@code toYear}. */
    public CalendarView view(int fromYear, int toYear) {
        if (toYear < fromYear || toYear - fromYear > 10) {
            throw BusinessException.invalid("year", "year_range", fromYear, toYear);
        }
        CompanyCalendar calendar = em.find(CompanyCalendar.class, CompanyCalendar.ID);
        List<CalendarView.DayOff> holidays = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            GreekHolidays.of(year).forEach((day, name) -> holidays.add(new CalendarView.DayOff(day, name)));
        }
        List<CalendarView.DayOff> closures = calendar.closures().entrySet().stream()
                .map(e -> new CalendarView.DayOff(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(CalendarView.DayOff::date)).toList();
        return new CalendarView(calendar.timeZone(), calendar.opensAt(), calendar.closesAt(),
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                Duration.between(calendar.opensAt(), calendar.closesAt()).toMinutes(), holidays, closures, calendar.version());
    }

    public CalendarView view() {
        int year = LocalDate.now(clock).getYear();
        return view(year, year + 1);
    }

    @RolesAllowed("ADMIN")
    public CalendarView setHours(LocalTime opensAt, LocalTime closesAt, String timeZone) {
        CompanyCalendar calendar = locked();
        String before = calendar.opensAt() + "-" + calendar.closesAt() + " " + calendar.timeZone();
        calendar.setHours(opensAt, closesAt, timeZone);
        String after = calendar.opensAt() + "-" + calendar.closesAt() + " " + calendar.timeZone();
        if (!before.equals(after)) {
            em.flush();
            changes.fire(new CalendarChanged("working hours " + before + " -> " + after));
        }
        return view();
    }

    @RolesAllowed("ADMIN")
    public CalendarView addClosure(LocalDate day, String reason) {
        CompanyCalendar calendar = locked();
        calendar.addClosure(day, reason);
        em.flush();
        changes.fire(new CalendarChanged("closure day " + day + " (" + reason.strip() + ")"));
        return view();
    }

    @RolesAllowed("ADMIN")
    public CalendarView removeClosure(LocalDate day) {
        CompanyCalendar calendar = locked();
        if (!calendar.removeClosure(day)) {
            throw BusinessException.notFound("closure_not_found", day);
        }
        em.flush();
        changes.fire(new CalendarChanged("closure day " + day + " removed"));
        return view();
    }

    /**
     * The deadlines a report of that severity, made at {@code reportedAt} (now if null), would get under
     * the contract. Customers and their systems may preview their own contracts only.
     */
    public SlaPreview preview(String contractCode, Severity severity, Instant reportedAt) {
        Contract contract = customers.findContract(contractCode)
                .orElseThrow(() -> BusinessException.notFound("contract_not_found", contractCode));
        Customer owner = em.find(Customer.class, contract.customerId());
        if (!callers.current().sees(owner.code())) {
            throw BusinessException.notFound("contract_not_found", contractCode);
        }
        if (severity == null) {
            throw BusinessException.invalid("severity", "required", "severity");
        }
        SlaTerm term = contract.termFor(severity)
                .orElseThrow(() -> BusinessException.invalid("severity", "no_term_for_severity", contractCode, severity));
        Instant at = reportedAt == null ? clock.instant() : reportedAt;
        BusinessCalendar calendar = em.find(CompanyCalendar.class, CompanyCalendar.ID).toBusinessCalendar();
        ServiceTime time = term.clock() == SlaClock.ALWAYS ? ServiceTime.ROUND_THE_CLOCK : calendar;
        return new SlaPreview(contract.code(), severity.name(), term.clock().name(), at,
                due(time, at, term.responseHours()), due(time, at, term.onSiteHours()), due(time, at, term.restoreHours()));
    }

    private static Instant due(ServiceTime time, Instant from, BigDecimal hours) {
        return hours == null ? null : time.plus(from, Duration.ofMinutes(SlaTerm.minutes(hours)));
    }

    private CompanyCalendar locked() {
        return em.find(CompanyCalendar.class, CompanyCalendar.ID, LockModeType.PESSIMISTIC_WRITE);
    }
}
