package gr.cloudu.helpdesk.customer.application;

import gr.cloudu.helpdesk.customer.domain.SlaClock;
import gr.cloudu.helpdesk.customer.domain.SlaTerm;
import gr.cloudu.helpdesk.shared.domain.Require;
import gr.cloudu.helpdesk.shared.domain.Severity;

import java.math.BigDecimal;
import java.util.List;

/** The request to register a signed contract with its SLA terms. */
public record NewContract(String code, String signedOn, List<Term> terms) {

    /**
     * One SLA term as it comes over the wire: severity and clock as text, so a wrong one is refused naming its
     * field ({@code terms.clock}) instead of failing the whole body's JSON.
     */
    public record Term(String severity, String clock, BigDecimal responseHours, BigDecimal onSiteHours,
                       BigDecimal restoreHours, BigDecimal updateEveryHours) {

        SlaTerm toTerm() {
            return new SlaTerm(Require.oneOf("terms.severity", Severity.class, severity), Require.oneOf("terms.clock", SlaClock.class, clock),
                    responseHours, onSiteHours, restoreHours, updateEveryHours);
        }
    }
}
