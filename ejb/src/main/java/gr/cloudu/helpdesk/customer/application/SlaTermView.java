package gr.cloudu.helpdesk.customer.application;

import gr.cloudu.helpdesk.customer.domain.SlaClock;
import gr.cloudu.helpdesk.customer.domain.SlaTerm;
import gr.cloudu.helpdesk.shared.domain.Severity;

import java.math.BigDecimal;

/** One SLA term of a contract, as given and as shown. */
public record SlaTermView(Severity severity, SlaClock clock, BigDecimal responseHours, BigDecimal onSiteHours,
                          BigDecimal restoreHours, BigDecimal updateEveryHours) {

    static SlaTermView of(SlaTerm t) {
        return new SlaTermView(t.severity(), t.clock(), t.responseHours(), t.onSiteHours(), t.restoreHours(),
                t.updateEveryHours());
    }
}
