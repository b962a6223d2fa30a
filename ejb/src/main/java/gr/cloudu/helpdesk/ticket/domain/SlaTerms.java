package gr.cloudu.helpdesk.ticket.domain;

import gr.cloudu.helpdesk.shared.domain.ServiceTime;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Duration;

/**
 * The contract term that governs a ticket, copied onto it when it is filed or its severity changes, so
 * that later edits of the contract do not move the deadlines of faults already reported.
 */
@Embeddable
public class SlaTerms {

    @Column(name = "sla_round_the_clock")
    private boolean roundTheClock;

    @Column(name = "sla_response_minutes")
    private Integer responseMinutes;

    @Column(name = "sla_on_site_minutes")
    private Integer onSiteMinutes;

    @Column(name = "sla_restore_minutes")
    private Integer restoreMinutes;

    @Column(name = "sla_update_minutes")
    private Integer updateMinutes;

    protected SlaTerms() {
    }

    /** Minutes of service time per deadline; null where the term sets none (no visit promised, say). */
    public SlaTerms(boolean roundTheClock, Integer responseMinutes, Integer onSiteMinutes, Integer restoreMinutes,
                    Integer updateMinutes) {
        this.roundTheClock = roundTheClock;
        this.responseMinutes = responseMinutes;
        this.onSiteMinutes = onSiteMinutes;
        this.restoreMinutes = restoreMinutes;
        this.updateMinutes = updateMinutes;
    }

    /** The service time this term counts in: round the clock, or the company's business hours. */
    public ServiceTime timeFrom(ServiceTime businessTime) {
        return roundTheClock ? ServiceTime.ROUND_THE_CLOCK : businessTime;
    }

    /** The allowance for a deadline, or null when this term sets none. */
    public Duration allowance(DeadlineKind kind) {
        Integer minutes = switch (kind) {
            case RESPONSE -> responseMinutes;
            case ON_SITE -> onSiteMinutes;
            case RESTORE -> restoreMinutes;
        };
        return minutes == null ? null : Duration.ofMinutes(minutes);
    }

    public Duration updateEvery() {
        return updateMinutes == null ? null : Duration.ofMinutes(updateMinutes);
    }

    public boolean roundTheClock() {
        return roundTheClock;
    }

    @Override
    public String toString() {
        return (roundTheClock ? "ALWAYS" : "BUSINESS") + " response=" + responseMinutes + "min on-site=" + onSiteMinutes
                + "min restore=" + restoreMinutes + "min";
    }
}
