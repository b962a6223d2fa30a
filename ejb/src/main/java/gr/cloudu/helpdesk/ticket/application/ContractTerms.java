package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.customer.domain.SlaClock;
import gr.cloudu.helpdesk.customer.domain.SlaTerm;
import gr.cloudu.helpdesk.ticket.domain.SlaTerms;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A contract's term as the ticket keeps it: hours to the minute, and which clock they run on. */
final class ContractTerms {

    private ContractTerms() {
    }

    static SlaTerms of(SlaTerm term) {
        return new SlaTerms(term.clock() == SlaClock.ALWAYS, minutes(term.responseHours()), minutes(term.onSiteHours()),
                minutes(term.restoreHours()), minutes(term.updateEveryHours()));
    }

    private static Integer minutes(BigDecimal hours) {
        return hours == null ? null : hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
