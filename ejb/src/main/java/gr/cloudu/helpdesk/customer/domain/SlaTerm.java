package gr.cloudu.helpdesk.customer.domain;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What article 2 of the contract promises for one severity: within how many hours the help desk
 * responds, an engineer is on site and service is restored, and how often the customer hears about an
 * open fault, on the business calendar or around the clock.
 */
@Embeddable
public class SlaTerm {

    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(10_000);

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock", nullable = false)
    private SlaClock clock;

    @Column(name = "response_hours", nullable = false, precision = 8, scale = 2)
    private BigDecimal responseHours;

    @Column(name = "on_site_hours", precision = 8, scale = 2)
    private BigDecimal onSiteHours;

    @Column(name = "restore_hours", nullable = false, precision = 8, scale = 2)
    private BigDecimal restoreHours;

    @Column(name = "update_every_hours", precision = 8, scale = 2)
    private BigDecimal updateEveryHours;

    protected SlaTerm() {
    }

    /**
     * A term as agreed. Response and restore times are required; on-site and update rates are optional
     * (not every severity warrants a visit). A response cannot be promised later than the restore.
     */
    public SlaTerm(Severity severity, SlaClock clock, BigDecimal responseHours, BigDecimal onSiteHours,
                   BigDecimal restoreHours, BigDecimal updateEveryHours) {
        if (severity == null) {
            throw BusinessException.invalid("terms.severity", "required", "terms.severity");
        }
        if (clock == null) {
            throw BusinessException.invalid("terms.clock", "required", "terms.clock");
        }
        this.severity = severity;
        this.clock = clock;
        this.responseHours = hours("terms.responseHours", responseHours, true);
        this.onSiteHours = hours("terms.onSiteHours", onSiteHours, false);
        this.restoreHours = hours("terms.restoreHours", restoreHours, true);
        this.updateEveryHours = hours("terms.updateEveryHours", updateEveryHours, false);
        if (this.responseHours.compareTo(this.restoreHours) > 0) {
            throw BusinessException.invalid("terms.responseHours", "response_after_restore", severity);
        }
    }

    private static BigDecimal hours(String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                throw BusinessException.invalid(field, "required", field);
            }
            return null;
        }
        if (value.signum() <= 0 || value.compareTo(MAX_HOURS) > 0) {
            throw BusinessException.invalid(field, "hours_out_of_range", field);
        }
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Contract hours as service time, to the minute; null stays null (no such promise). */
    public static Integer minutes(BigDecimal hours) {
        return hours == null ? null : hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    public Severity severity() {
        return severity;
    }

    public SlaClock clock() {
        return clock;
    }

    public BigDecimal responseHours() {
        return responseHours;
    }

    public BigDecimal onSiteHours() {
        return onSiteHours;
    }

    public BigDecimal restoreHours() {
        return restoreHours;
    }

    public BigDecimal updateEveryHours() {
        return updateEveryHours;
    }
}
