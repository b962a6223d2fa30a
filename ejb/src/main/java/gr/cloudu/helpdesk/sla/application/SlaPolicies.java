package gr.cloudu.helpdesk.sla.application;

import gr.cloudu.helpdesk.sla.domain.BusinessCalendar;
import gr.cloudu.helpdesk.sla.domain.CompanyCalendar;
import gr.cloudu.helpdesk.ticket.domain.SlaPolicy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;

/** The service-level policy in force now: the company calendar as it is in the database, and the settings. */
@Stateless
@PermitAll
public class SlaPolicies {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SlaSettings settings;

    public BusinessCalendar calendar() {
        return em.find(CompanyCalendar.class, CompanyCalendar.ID).toBusinessCalendar();
    }

    public SlaPolicy current() {
        return of(calendar());
    }

    public SlaPolicy of(BusinessCalendar calendar) {
        int days = settings.autoCloseBusinessDays();
        Duration autoClose = days <= 0 ? null : calendar.workingDay().multipliedBy(days);
        return new SlaPolicy(calendar, settings.warningShare(), autoClose);
    }

    public int autoCloseBusinessDays() {
        return settings.autoCloseBusinessDays();
    }
}
